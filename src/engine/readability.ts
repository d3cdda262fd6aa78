// Registers the parts the engine is given rather than importing (provideReadability in
// locate.ts, provideStructuredData in extract.ts): the generic reader (Mozilla Readability and
// the listing test), the structured-data reader and the pager reader. Node entries (the library, the CLI) import this once; the extension loads them in
// bundles of their own (readability.js, pages.js) when the user asks for a reading.
import { providePager, provideStructuredData } from './extract.js';
import { readPager } from './paging.js';
import { provideReadability } from './locate.js';
import { GENERIC_READER } from './generic-reader.js';
import { SCRIPT_BUILT } from './structured-data.js';

provideReadability(() => GENERIC_READER);
provideStructuredData(() => SCRIPT_BUILT);
providePager(() => readPager);
