// Registers Mozilla Readability with the engine (see provideReadability in locate.ts). Node
// entries (the library, the CLI) import this once; the extension loads its own bundle instead.
import { Readability } from '@mozilla/readability';
import { provideReadability } from './locate.js';

provideReadability(() => Readability);
