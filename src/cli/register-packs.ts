// Registers the pack loader with the CLI (kept apart so the CLI loads packs only when used).
import { setPackLoader } from './packs.js';

setPackLoader(() => []);
