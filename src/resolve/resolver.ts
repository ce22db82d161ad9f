// resolve/resolver: turns a name (with optional date and role context) into an entity key.
// Order of rules: exact alias, transliteration key, role phrase stripped, given name + surname,
// surname alone (namesakes decided by roles at the date), names of unknown actors already
// stored; otherwise a new stable key `x:<name key>`.
import { foldName } from '../normalize/index.js';
import type { Pack, PackActor } from '../pack/types.js';
import type { ActorType } from '../types.js';
import { coreWords, DEFAULT_HONORIFICS, nameKey, wordKey, nameWords } from './name-key.js';
import { rolesAt } from './roles.js';

export interface ResolveContext {
  /** ISO date the name is used at (for roles and namesakes). */
  readonly date?: string;
  /** Role phrase written beside the name ("commander", "political bureau head"). */
  readonly role?: string;
  /** Actor id of the organisation named in the role phrase. */
  readonly of?: string;
  /** Type to give an actor that is not known. */
  readonly type?: ActorType;
}

export interface Resolution {
  readonly key: string;
  readonly canonical: string;
  readonly type: ActorType;
  /** True when the name matched no pack actor and no stored entity. */
  readonly isNew: boolean;
  readonly why: string[];
}

interface Known {
  readonly key: string;
  readonly canonical: string;
  readonly type: ActorType;
  readonly actor?: PackActor;
}

type Index = Map<string, Known[]>;

/** Words that join a role phrase but are not role words themselves. */
const PREPOSITIONS = new Set(['on', 'of', 'in', 'from', 'for', 'to', 'at', 'by', 'with', 'about', 'against']);
const STOP = new Set(['of', 'the', 'in', 'to', 'for', 'and', 'a', 'an', 'on', 'at', 'chief']);

function push(index: Index, k: string, v: Known): void {
  if (!k) return;
  const list = index.get(k);
  if (!list) index.set(k, [v]);
  else if (!list.some((x) => x.key === v.key)) list.push(v);
}

/** Resolves names to entity keys; build once from packs, add stored entities with addKnown. */
export class Resolver {
  private readonly exact: Index = new Map();
  private readonly weak: Index = new Map();
  private readonly personKeys: Index = new Map();
  private readonly otherKeys: Index = new Map();
  private readonly surnames: Index = new Map();
  private readonly given = new Map<string, Set<string>>();
  private readonly byKey = new Map<string, Known>();
  /** Persons by the organisation their roles are in. */
  private readonly holders = new Map<string, PackActor[]>();
  private readonly cache = new Map<string, Resolution>();
  private readonly honorifics: readonly string[];
  private readonly roleWords: ReadonlySet<string>;

  constructor(packs: readonly Pack[]) {
    const titles = packs.flatMap((p) => p.lexicons.titles ?? []);
    this.honorifics = [...DEFAULT_HONORIFICS, ...titles];
    const roleish = [...titles, ...packs.flatMap((p) => p.lexicons.roleNouns ?? [])];
    this.roleWords = new Set(roleish.flatMap((t) => nameWords(t)).filter((w) => !STOP.has(w)));
    for (const pack of packs) for (const actor of pack.actors) this.addActor(actor);
  }

  private addActor(actor: PackActor): void {
    const k: Known = { key: actor.id, canonical: actor.name, type: actor.type, actor };
    this.byKey.set(actor.id, k);
    for (const of of new Set((actor.roles ?? []).flatMap((r) => (r.of !== undefined ? [r.of] : [])))) {
      const list = this.holders.get(of) ?? [];
      list.push(actor);
      this.holders.set(of, list);
    }
    const strong = [actor.name, ...(actor.aliases ?? []), ...(actor.native ?? [])];
    for (const n of strong) this.indexName(n, k, false);
    for (const n of actor.weakAliases ?? []) this.indexName(n, k, true);
  }

  private indexName(name: string, k: Known, weak: boolean): void {
    const person = k.type === 'person';
    push(weak ? this.weak : this.exact, foldName(name), k);
    if (!person) {
      if (!weak) push(this.otherKeys, nameKey(name, []), k);
      return;
    }
    if (!weak) push(this.personKeys, nameKey(name, this.honorifics), k);
    const words = coreWords(name, this.honorifics);
    if (words.length === 0) return;
    // Kunyas ("Abu Obeida") and single names are whole names, not surnames.
    if (words.length === 1 || !['abu', 'abo', 'umm', 'ibn', 'bin'].includes(words[0]!)) {
      push(this.surnames, wordKey(words[words.length - 1]!), k);
    }
    if (words.length >= 2) {
      let g = this.given.get(k.key);
      if (!g) this.given.set(k.key, (g = new Set()));
      g.add(wordKey(words[0]!));
    }
  }

  /**
   * Records an entity seen in the store (an actor in no pack) so later spellings merge with it.
   * @example resolver.addKnown('x:patarlanko', ['Petar Lenko'])
   */
  addKnown(key: string, names: readonly string[], type: ActorType = 'person'): void {
    this.cache.clear();
    const existing = this.byKey.get(key);
    const k: Known = existing ?? { key, canonical: names[0] ?? key, type };
    this.byKey.set(key, k);
    for (const n of names) this.indexName(n, k, false);
  }

  /** The pack actor for an id, when any. */
  actor(id: string): PackActor | undefined {
    return this.byKey.get(id)?.actor;
  }

  /** Pack persons holding a role matching the phrase (in `of`) at the date. */
  byRole(phrase: string, of: string | undefined, date: string | undefined): PackActor[] {
    const pool = of !== undefined ? (this.holders.get(of) ?? []) : [...this.byKey.values()].flatMap((k) => (k.actor ? [k.actor] : []));
    return pool.filter((a) => a.type === 'person' && rolesAt(a, date, phrase, of).length > 0);
  }

  /** Resolves a name; `why` lists the rules that decided. Results are cached until addKnown. */
  resolve(name: string, ctx: ResolveContext = {}): Resolution {
    const ck = `${name}\u0000${ctx.date ?? ''}\u0000${ctx.role ?? ''}\u0000${ctx.of ?? ''}\u0000${ctx.type ?? ''}`;
    const hit = this.cache.get(ck);
    if (hit) return { ...hit, why: [...hit.why] };
    const r = this.compute(name, ctx);
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(ck, r);
    return { ...r, why: [...r.why] };
  }

  private compute(name: string, ctx: ResolveContext): Resolution {
    const why: string[] = [];
    const done = (k: Known, reason: string): Resolution => {
      why.push(reason);
      return { key: k.key, canonical: k.canonical, type: k.type, isNew: false, why };
    };
    const pick = (cands: Known[] | undefined, rule: string): Resolution | undefined => {
      if (!cands || cands.length === 0) return undefined;
      if (cands.length === 1) return done(cands[0]!, `${rule} -> ${cands[0]!.key}`);
      const chosen = this.decide(cands, ctx);
      const names = cands.map((c) => c.key).join(', ');
      if (chosen) return done(chosen, `${rule} matches ${names}; roles at ${ctx.date ?? 'today'} pick ${chosen.key}`);
      why.push(`${rule} matches ${names}; roles do not decide, kept apart`);
      return undefined;
    };

    const f = foldName(name);
    const viaExact = pick(this.exact.get(f), `alias "${name}"`);
    if (viaExact) return viaExact;
    if (ctx.role !== undefined) {
      const viaWeak = pick(this.weak.get(f), `alias "${name}" with role "${ctx.role}"`);
      if (viaWeak) return viaWeak;
    }
    const pk = nameKey(name, this.honorifics);
    const viaKey =
      pick(this.personKeys.get(pk), `name key "${pk}"`) ?? pick(this.otherKeys.get(nameKey(name, [])), `name key "${nameKey(name, [])}"`);
    if (viaKey) return viaKey;

    const viaRole = this.resolveRolePhrase(name, ctx, why);
    if (viaRole) return viaRole;
    const viaCore = this.resolveDescribed(name, why);
    if (viaCore) return viaCore;

    const words = coreWords(name, this.honorifics);
    // A role phrase before the name: "IRGC commander Hossein Salami", "Qods Force Commander Soleimani".
    for (let i = 1; i < words.length; i++) {
      if (!words.slice(0, i).some((w) => this.roleWords.has(w))) continue;
      const rest = words.slice(i).join(' ');
      why.push(`role phrase "${words.slice(0, i).join(' ')}" set aside`);
      const inner = this.compute(rest, { ...ctx, role: ctx.role ?? words.slice(0, i).join(' ') });
      if (!inner.isNew) return { ...inner, why: [...why, ...inner.why] };
      break;
    }

    if (words.length >= 2) {
      const last = wordKey(words[words.length - 1]!);
      const first = wordKey(words[0]!);
      const cands = (this.surnames.get(last) ?? []).filter((k) => this.given.get(k.key)?.has(first));
      const viaFull = pick(cands, `given name "${words[0]}" and surname "${words[words.length - 1]}"`);
      if (viaFull) return viaFull;
      const namesakes = (this.surnames.get(last) ?? []).map((k) => k.key);
      if (namesakes.length) why.push(`surname "${words[words.length - 1]}" is known (${namesakes.join(', ')}) but the given name differs: kept apart`);
    } else if (words.length === 1) {
      const viaSurname = pick(this.surnames.get(wordKey(words[0]!)), `surname "${words[0]}"`);
      if (viaSurname) return viaSurname;
      if (ctx.role !== undefined) {
        const viaWeak = pick(this.weak.get(foldName(words[0]!)), `weak alias "${words[0]}" with role`);
        if (viaWeak) return viaWeak;
      }
    }

    const key = `x:${pk || f}`;
    const stored = this.byKey.get(key);
    if (stored) return done(stored, `same name key as stored entity ${key}`);
    why.push(`no pack actor or stored entity matches: new key ${key}`);
    return { key, canonical: name.trim(), type: ctx.type ?? 'person', isNew: true, why };
  }

  /** A non-person actor named by exact alias or key (for organisations inside role phrases). */
  private group(name: string): Known | undefined {
    const cands = [...(this.exact.get(foldName(name)) ?? []), ...(this.otherKeys.get(nameKey(name, [])) ?? [])];
    const groups = cands.filter((k) => k.type !== 'person');
    return groups.length > 0 && groups.every((g) => g.key === groups[0]!.key) ? groups[0] : undefined;
  }

  /**
   * "the Qods Force commander", "spokesman of Hamas' military wing": a role in a known
   * organisation names the person who held it at the date, or, failing that, no pack actor.
   */
  private resolveRolePhrase(name: string, ctx: ResolveContext, why: string[]): Resolution | undefined {
    const tokens = name.replace(/['’]s\b/g, '').split(/\s+/).filter(Boolean);
    while (tokens.length && /^the$/i.test(tokens[0]!)) tokens.shift();
    const isRole = (t: string): boolean => nameWords(t).every((w) => this.roleWords.has(w) || STOP.has(w));
    const tries: { role: string; org: string }[] = [];
    const of = tokens.findIndex((t) => /^of$/i.test(t));
    if (of > 0 && tokens.slice(0, of).every(isRole)) tries.push({ role: tokens.slice(0, of).join(' '), org: tokens.slice(of + 1).join(' ') });
    for (let i = tokens.length - 1; i > 0 && isRole(tokens[i]!); i--) {
      tries.push({ role: tokens.slice(i).join(' '), org: tokens.slice(0, i).join(' ') });
    }
    for (const t of tries) {
      const org = this.group(t.org.replace(/^the\s+/i, ''));
      if (!org) continue;
      const people = this.byRole(t.role, org.key, ctx.date);
      if (people.length === 1) {
        const p = people[0]!;
        why.push(`role "${t.role}" of ${org.key} at ${ctx.date ?? 'today'} -> ${p.id}`);
        return { key: p.id, canonical: p.name, type: p.type, isNew: false, why };
      }
      why.push(`role "${t.role}" of ${org.key} at ${ctx.date ?? 'today'}: ${people.length} holders`);
    }
    return undefined;
  }

  /**
   * Descriptions around a group's name: "the criminal and plundering Zionist regime",
   * "Iran's resistance factions", "Shi'ite militias in Syria and Iraq".
   */
  private resolveDescribed(name: string, why: string[]): Resolution | undefined {
    const tokens = name.split(/\s+/).filter(Boolean);
    const core = tokens.findIndex((t) => /^in$/i.test(t));
    const heads = core > 0 ? [tokens.slice(0, core)] : [];
    heads.push(tokens);
    for (const ts of heads) {
      for (let i = ts === tokens ? 1 : 0; i < ts.length; i++) {
        const dropped = ts.slice(0, i);
        const adjective = (t: string): boolean =>
          (/^[a-z]/.test(t) && !PREPOSITIONS.has(t)) || /^the$/i.test(t) || /['’]s$/.test(t);
        if (!dropped.every(adjective)) break;
        const rest = ts.slice(i).join(' ');
        // What is left must still look like a name: a capitalised word or more than one word.
        if (!/\p{Lu}/u.test(rest) && !rest.includes(' ')) continue;
        const g = this.group(rest);
        if (g) {
          why.push(`description around "${rest}" -> ${g.key}`);
          return { key: g.key, canonical: g.canonical, type: g.type, isNew: false, why };
        }
      }
    }
    return undefined;
  }

  /** The reasons a name resolves as it does (for `dossier entities --explain NAME`). */
  explain(name: string, ctx: ResolveContext = {}): string[] {
    const r = this.resolve(name, ctx);
    return [`"${name}" -> ${r.key} (${r.canonical}, ${r.type}${r.isNew ? ', new' : ''})`, ...r.why];
  }

  /** Namesakes: candidates narrowed by the role phrase and organisation, then by roles held at the date. */
  private decide(cands: Known[], ctx: ResolveContext): Known | undefined {
    const withRole = cands.filter((c) => c.actor && rolesAt(c.actor, ctx.date, ctx.role, ctx.of).length > 0);
    if (withRole.length === 1) return withRole[0];
    if (ctx.role !== undefined || ctx.of !== undefined) {
      const anyTime = cands.filter((c) => c.actor && rolesAt(c.actor, ctx.date, undefined, ctx.of).length > 0);
      if (anyTime.length === 1) return anyTime[0];
    }
    const active = cands.filter((c) => c.actor && rolesAt(c.actor, ctx.date).length > 0);
    return active.length === 1 ? active[0] : undefined;
  }
}
