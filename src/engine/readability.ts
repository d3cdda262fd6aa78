// Registers the parts the engine is given rather than importing (provideReadability in
// locate.ts, provideStructuredData in extract.ts): Mozilla Readability and the structured-data
// reader. Node entries (the library, the CLI) import this once; the extension loads them in
// bundles of their own (readability.js, pages.js) when the user asks for a reading.
import { Readability } from '@mozilla/readability';
import { provideStructuredData } from './extract.js';
import { provideReadability } from './locate.js';
import { structuredBlocks } from './structured-data.js';

provideReadability(() => Readability);
provideStructuredData(() => structuredBlocks);
