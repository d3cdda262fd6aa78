// The page's own history navigation (pushState, replaceState, back and forward) to another
// address: `onChange` runs once the new page has settled — no change to the DOM for a moment,
// since such a site usually fills in the new article after (or just before) it changes the
// address. The Navigation API tells of pushState in every world; where there is none, popstate
// and a cheap look at the address once a second.
const SETTLE_MS = 300;
/** After the address changed, mutations this long are still the new page being filled in. */
const WATCH_MS = 3000;
const POLL_MS = 1000;

export function onAddressChange(onChange: () => void): void {
  let last = location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | null = null;
  let until = 0;
  const settle = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (Date.now() > until) {
        observer?.disconnect();
        observer = null;
      }
      onChange();
    }, SETTLE_MS);
  };
  const check = (): void => {
    if (location.href === last) return;
    last = location.href;
    until = Date.now() + WATCH_MS;
    observer ??= new MutationObserver(() => (Date.now() <= until ? settle() : (observer?.disconnect(), (observer = null))));
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    settle();
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') nav.addEventListener('currententrychange', check);
  else setInterval(check, POLL_MS);
  window.addEventListener('popstate', check);
}
