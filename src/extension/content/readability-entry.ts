// The generic reader (Mozilla Readability, the listing test, the paragraph locator, the
// joiner of a document reader's lines: generic-reader.ts) as a bundle of its own (readability.js), injected by the background
// before the reader opens or an article is copied: the start-up script on known sites, whose
// rules find the body, does without it. Kept on the isolated world, where the page cannot reach it.
import { GENERIC_READER } from '../../engine/generic-reader.js';

const world = globalThis as { __qingwenReadability?: unknown };
if (!Object.prototype.hasOwnProperty.call(world, '__qingwenReadability')) {
  Object.defineProperty(world, '__qingwenReadability', { value: GENERIC_READER, enumerable: false, writable: false });
}
