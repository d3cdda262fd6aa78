// The panel's clicks and Esc, taken on window in the capture phase by listeners this script
// adds when it starts (document_start on the known sites, so before any page script's). A
// page's own capture listener on window ("stopImmediatePropagation on every click") would
// otherwise keep every event from reaching the panel's buttons: here the panel's events are
// handled and stopped first, so the page neither swallows them nor sees them.
//
// A listener on window cannot see inside a closed shadow root (composedPath() stops at the
// host), so the element clicked is found in the root itself: under the pointer, or the focused
// one for a click from the keyboard (Enter, Space: no coordinates).

type Actions = WeakMap<Element, (e: MouseEvent) => void>;

/**
 * The controls' actions, shared by content.js (whose listeners dispatch) and panel.js (whose
 * controls register): one map on the isolated world's global, an own property, so a page
 * element with that id (named access, DOM clobbering) can neither stand in for it nor hide it.
 */
function sharedActions(): Actions {
  const world = globalThis as { __qingwenActions?: unknown };
  if (!Object.prototype.hasOwnProperty.call(world, '__qingwenActions') || !(world.__qingwenActions instanceof WeakMap)) {
    Object.defineProperty(world, '__qingwenActions', { value: new WeakMap(), writable: false, configurable: false });
  }
  return world.__qingwenActions as Actions;
}

const actions = sharedActions();

/** Makes `el` run `action` on a real click (the only way the panel's controls act). */
export function onActivate(el: Element, action: (e: MouseEvent) => void): void {
  actions.set(el, action);
}

function clicked(root: ShadowRoot, e: MouseEvent): Element | null {
  if (e.detail === 0) return root.activeElement;
  return root.elementFromPoint(e.clientX, e.clientY);
}

/**
 * Installs the listeners once; `root()` is the open panel's shadow root (null when closed). A
 * copy in the panel goes to `copy` and no further: the page's copy guards and "copy tails" never see it.
 */
export function shieldPanel(root: () => ShadowRoot | null, close: () => void, copy: (e: ClipboardEvent) => void): void {
  window.addEventListener(
    'copy',
    (e) => {
      const r = root();
      if (!r || e.target !== r.host) return;
      e.stopImmediatePropagation();
      if (e.isTrusted) copy(e as ClipboardEvent);
    },
    true,
  );
  window.addEventListener(
    'click',
    (e) => {
      const r = root();
      if (!r || e.target !== r.host) return;
      // Whatever the page added on window after us never runs for a click in the panel. Default
      // actions still happen: a radio is checked, a link opens.
      e.stopImmediatePropagation();
      // A forged click (element.click()) would still check a radio, and the change event that
      // follows is the browser's own, trusted: cancelling the click undoes it.
      if (!e.isTrusted) return e.preventDefault();
      for (let el = clicked(r, e); el; el = el.parentElement) {
        const action = actions.get(el);
        if (action) return action(e);
      }
    },
    true,
  );
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || !e.isTrusted || !root()) return;
      e.stopImmediatePropagation();
      e.preventDefault();
      close();
    },
    true,
  );
}
