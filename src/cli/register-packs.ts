// Registers the pack loader with the CLI: the built-in pack plus any named with --pack.
import { loadPacks } from '../pack/index.js';
import { setPackLoader } from './packs.js';

setPackLoader((extra) => loadPacks(extra));
