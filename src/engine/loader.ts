// The paged-article loader bound to the engine's own steps (loader-core.ts holds the class).
import { ArticleLoaderCore, type LoaderOptions } from './loader-core.js';
import { LOADER_ENGINE } from './loader-engine.js';

export type { LoaderEngine, LoaderOptions, Snapshot } from './loader-core.js';

export class ArticleLoader extends ArticleLoaderCore {
  constructor(doc: Document, url: string, options: LoaderOptions = {}) {
    super(doc, url, options, LOADER_ENGINE);
  }
}
