// The traditional↔simplified converters are bundles of their own (opencc-t2s.js, opencc-s2t.js),
// injected by the background into the content script's isolated world only when the user asks
// for a conversion. Each puts its function on one own, non-writable property of that world's
// global, which the panel reads (converter.ts); nothing of it is in the start-up script.
import type { Script } from '../messages.js';

export const CONVERTERS_KEY = '__qingwenConverters';

export type Converters = Partial<Record<Script, (text: string) => string>>;

/** The converters loaded so far: an own property holding a plain object, never a page element that clobbered the name. */
export function loadedConverters(): Converters {
  const world = globalThis as Record<string, unknown>;
  const own = Object.getOwnPropertyDescriptor(world, CONVERTERS_KEY)?.value as unknown;
  return typeof own === 'object' && own !== null && Object.getPrototypeOf(own) === Object.prototype ? (own as Converters) : {};
}

export function installConverter(to: Script, convert: (text: string) => string): void {
  const world = globalThis as Record<string, unknown>;
  if (!Object.prototype.hasOwnProperty.call(world, CONVERTERS_KEY)) {
    Object.defineProperty(world, CONVERTERS_KEY, { value: {}, writable: false, configurable: false });
  }
  const all = loadedConverters();
  if (typeof all[to] !== 'function') Object.defineProperty(all, to, { value: convert, writable: false, enumerable: true });
}
