// The exports: STIX 2.1, FollowTheMoney, GraphML and CSV, all streamed from the store, and
// STIX read back. (contract.ts, the JSONL extraction contract, is the pipeline's own output.)
export { exportStix, RELATIONSHIP_TYPE, SDO_FOR, confidenceOf, credibilityOf, predicateOf } from './stix.js';
export { ingestStix, importStix, type StixImport } from './stix-ingest.js';
export { exportFtm, FTM_SCHEMA, type FtmEntity } from './ftm.js';
export { exportGraphml, xmlEscape } from './graphml.js';
export { exportCsv, csvField } from './csv.js';
export { benchExport, EXPORTERS, type ExportBench, type ExportFormat } from './bench.js';
export { uuidv5, stixId } from './stix-ids.js';
