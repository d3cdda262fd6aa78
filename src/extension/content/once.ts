// The content script runs once per page even when injected again (a second click). The flag
// lives on the isolated world's global object, which the page cannot write to; it can still
// make it look set, since an element with id="__qingwenContent" shows up as a window property
// (DOM clobbering). Only our own `true` counts.

/** True the first time it is called in this world (`scope`: the global object). Self-contained: the e2e test runs its source in a page. */
export function firstRun(scope: object): boolean {
  const s = scope as { __qingwenContent?: unknown };
  if (s.__qingwenContent === true) return false;
  s.__qingwenContent = true;
  return true;
}
