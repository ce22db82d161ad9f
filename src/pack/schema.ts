// pack/schema: compiles packs/pack.schema.json once with ajv and turns ajv's errors into
// messages that name the file and the entry ("actors[12] (id "foo"): /roles/0/start ...").
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { packSchemaPath } from './root.js';

export type PackFileKind = 'manifest' | 'actorsFile' | 'lexiconsFile';

let validators: Map<PackFileKind, ValidateFunction> | undefined;

function compile(): Map<PackFileKind, ValidateFunction> {
  if (validators) return validators;
  const schema = JSON.parse(readFileSync(packSchemaPath(), 'utf8')) as { $id: string };
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(schema);
  const out = new Map<PackFileKind, ValidateFunction>();
  for (const kind of ['manifest', 'actorsFile', 'lexiconsFile'] as const) {
    const fn = ajv.getSchema(`${schema.$id}#/$defs/${kind}`);
    if (!fn) throw new Error(`pack schema lacks $defs/${kind}`);
    out.set(kind, fn);
  }
  validators = out;
  return out;
}

/** Validates parsed JSON as one kind of pack file; returns messages prefixed with `label`. */
export function schemaErrors(kind: PackFileKind, data: unknown, label: string): string[] {
  const fn = compile().get(kind)!;
  if (fn(data)) return [];
  return (fn.errors ?? []).map((e) => `${label}: ${describeError(e, data)}`);
}

/** "actors[12] (id "foo"): /roles/0/start must match pattern ..." */
function describeError(e: ErrorObject, data: unknown): string {
  const parts = e.instancePath.split('/').slice(1);
  let where = '';
  let rest = e.instancePath;
  if (parts.length >= 2 && /^\d+$/.test(parts[1]!)) {
    const list = parts[0]!;
    const index = Number(parts[1]);
    const entry = (data as Record<string, unknown[] | undefined>)[list]?.[index];
    const id =
      entry && typeof entry === 'object' && typeof (entry as { id?: unknown }).id === 'string'
        ? ` (id "${(entry as { id: string }).id}")`
        : '';
    where = `${list}[${index}]${id}: `;
    rest = '/' + parts.slice(2).join('/');
  }
  const extra =
    e.keyword === 'additionalProperties'
      ? ` ("${String((e.params as { additionalProperty?: string }).additionalProperty)}")`
      : e.keyword === 'enum'
        ? ` (${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)})`
        : '';
  return `${where}${rest === '/' ? '' : rest + ' '}${e.message ?? e.keyword}${extra}`;
}
