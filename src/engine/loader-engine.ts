// The engine's steps the paged-article loader calls, as one object (loader-core.ts): bound by
// loader.ts here, and handed by the extension's start-up script to the loader in its pages bundle.
import { assemble, readBlocks, readFirstPage } from './extract.js';
import type { LoaderEngine } from './loader-core.js';
import { DEFAULT_WORK_BUDGET, Trace } from './trace.js';

export const LOADER_ENGINE: LoaderEngine = { assemble, readBlocks, readFirstPage, Trace, DEFAULT_WORK_BUDGET };
