// Deterministic identifiers for exports: UUIDv5 (RFC 4122, SHA-1 based) from stable keys, so
// exporting the same store twice gives the same ids and tools can merge re-exports.
import { createHash } from 'node:crypto';

/** Dossier's fixed namespace for STIX domain objects (itself a UUIDv5 of "dossier" in the URL namespace). */
export const DOSSIER_NAMESPACE = 'd6baacca-b038-5f0c-b749-70fe6943eedb';

function uuidBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  return Buffer.from(hex, 'hex');
}

/** UUIDv5 of `name` in `namespace`. Example: uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'). */
export function uuidv5(name: string, namespace: string = DOSSIER_NAMESPACE): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50; // version 5
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A STIX identifier `type--uuid` from a stable key: stixId('identity', 'iran') is the same on every export. */
export function stixId(type: string, key: string): string {
  return `${type}--${uuidv5(`${type}|${key}`)}`;
}

/** A stable hex id (for FtM entity ids): sha1 of the parts joined. */
export function stableHash(...parts: readonly (string | number)[]): string {
  return createHash('sha1').update(parts.map(String).join('\u001f')).digest('hex');
}
