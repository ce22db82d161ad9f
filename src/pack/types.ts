// The shape of a domain pack: knowledge that is data, not code (actors, aliases, roles,
// outlets, and the lexicons the extractors read). Validated against packs/pack.schema.json.
import type { ActorType, Grade, Medium, Predicate } from '../types.js';

/** An office or position held over a period ("commander" of the Qods Force from 1998 to 2020). */
export interface PackRole {
  /** "Supreme Leader", "commander", "political bureau head"... */
  readonly title: string;
  /** Actor id of the organisation or state the role is in, when any. */
  readonly of?: string;
  /** ISO dates (YYYY, YYYY-MM or YYYY-MM-DD); missing start = since ever, missing end = still. */
  readonly start?: string;
  readonly end?: string;
}

export interface PackMembership {
  readonly of: string;
  readonly start?: string;
  readonly end?: string;
}

export interface PackActor {
  /** Stable id, lower snake case ("khamenei", "qods_force"). */
  readonly id: string;
  readonly type: ActorType;
  /** Canonical name in Latin script. */
  readonly name: string;
  /** Other spellings: transliterations, short forms, acronyms. */
  readonly aliases?: readonly string[];
  /** Names in native scripts (Persian, Arabic, Hebrew...). */
  readonly native?: readonly string[];
  /** Aliases that are only taken as this actor with a title or role beside them (ambiguous surnames). */
  readonly weakAliases?: readonly string[];
  readonly roles?: readonly PackRole[];
  readonly memberOf?: readonly PackMembership[];
  /** For outlets and organisations: ISO country or state actor id. */
  readonly country?: string;
  /** For outlets: the owner actor id ("irgc" for Tasnim). */
  readonly owner?: string;
  /** For outlets and claimants: the default Admiralty source grade. */
  readonly grade?: Grade;
  /** For outlets: the medium they publish in ("broadcast" for a TV channel, "post" for a Telegram channel). */
  readonly medium?: Medium;
  /** For publishers: the series their documents carry ("Special Dispatch"), which name them as publisher. */
  readonly publishes?: readonly string[];
  readonly note?: string;
}

/** Lexicons: the words that signal speech, media, predicates, themes. */
export interface PackLexicons {
  /** Verbs and phrases that introduce speech: "said", "stated", "wrote", "told". */
  readonly speechVerbs?: readonly string[];
  /** Words that tell the medium of a statement, per medium. */
  readonly media?: Partial<Record<Medium, readonly string[]>>;
  /** Cue words per predicate ("arming", "supplied weapons to" -> arms). */
  readonly predicates?: Partial<Record<Predicate, readonly string[]>>;
  /** Words that deny ("denied", "rejected accusations", "is not behind"). */
  readonly denials?: readonly string[];
  /** Hedge words ("allegedly", "reportedly"). */
  readonly hedges?: readonly string[];
  /** Honorifics and titles that precede names ("Ayatollah", "General", "Sheikh"). */
  readonly titles?: readonly string[];
  /** Role nouns that precede names ("spokesman", "commander", "envoy"). */
  readonly roleNouns?: readonly string[];
  /** Generic collectives that speak or act ("the participants", "regime spokesmen"). */
  readonly collectives?: readonly string[];
  /** Analyst themes with their trigger phrases. */
  readonly themes?: Readonly<Record<string, readonly string[]>>;
  /** Lower-case particles that may sit inside a name ("al", "bin", "abu", "ibn"). */
  readonly nameParticles?: readonly string[];
  /** Last words that make a capitalised name an organisation ("Front", "Brigades", "Corps"). */
  readonly organizationHeads?: readonly string[];
  /** Last words that make a capitalised name an outlet ("Daily", "Herald", "TV", "Wire"). */
  readonly outletHeads?: readonly string[];
  /** Words that make a person's name the name of a place ("Imam Khomeini Husseiniya", "Soleimani Square"). */
  readonly placeHeads?: readonly string[];
}

/** pack.json: what a pack is and which files hold its data (paths relative to the pack dir). */
export interface PackManifest {
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly files: {
    readonly actors: readonly string[];
    readonly lexicons?: readonly string[];
  };
}

export interface Pack {
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly actors: readonly PackActor[];
  readonly lexicons: PackLexicons;
  /** Where it was loaded from (set by the loader). */
  readonly source?: string;
}
