// "在页面上选择要去除的内容": the picker (picker.js, injected by the background only when asked:
// the start-up script stays small). Page elements are outlined under the pointer; a click (or
// Enter) picks one; a robust selector is derived and its matches on this page counted; the
// user saves it as this host's rule — remove, always keep, or the article's body — or widens
// the pick to the parent. Its UI is a closed shadow root; the page never sees its clicks.
// What it did is told to the background, which relays it to this frame: a reader panel that
// stepped aside for the picker (panel-teach.ts) comes back, and after a save reads the page again.
import { ext as browser } from '../browser.js';
import { unwrap, type PickerOutcome, type ToBackground } from '../messages.js';
import { domSelectorCheck, validateRule, type UserRule } from '../../rules/user.js';
import { t } from '../i18n.js';
import { checkedRule, loadUserRules, mergeBySite, quotaMessage, siteOf, storeRules } from '../user-rules-store.js';
import { deriveSelector, matchCount } from './selector.js';

type Kind = 'remove' | 'keep' | 'body';

/** Tells the panel's frame (through the background); true when a panel took it. */
async function report(outcome: PickerOutcome): Promise<boolean> {
  try {
    return unwrap<boolean>(await browser.runtime.sendMessage({ type: 'picker-done', outcome } satisfies ToBackground)) === true;
  } catch {
    return false;
  }
}

const CSS = `
.box { position: fixed; pointer-events: none; outline: 2px solid #1f7a5a; background: rgba(31, 122, 90, .15); z-index: 2147483647; display: none; }
.bar { position: fixed; top: 8px; left: 50%; transform: translateX(-50%); max-width: min(92vw, 760px); z-index: 2147483647;
  background: #fff; color: #222; border: 1px solid #1f7a5a; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.2);
  font: 14px/1.5 system-ui, "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif; padding: 8px 12px; }
.bar code { font: 12px ui-monospace, monospace; background: #f1f5f3; padding: 1px 4px; word-break: break-all; }
.bar button { font: inherit; margin: 6px 6px 0 0; padding: 2px 10px; cursor: pointer; }
.bar .error { color: #b3261e; }
@media (prefers-color-scheme: dark) { .bar { background: #222; color: #ddd; } .bar code { background: #333; } }
`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

export function startPicker(): void {
  const world = globalThis as { __qingwenPicking?: boolean };
  if (world.__qingwenPicking) return; // one picker at a time
  world.__qingwenPicking = true;

  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const box = el('div', { className: 'box' });
  const bar = el('div', { className: 'bar' });
  bar.setAttribute('role', 'dialog');
  bar.setAttribute('aria-label', t('pickerTitle'));
  const message = el('div', { className: 'message', textContent: t('pickerHint') });
  message.setAttribute('aria-live', 'polite');
  const actions = el('div', { className: 'actions' });
  const button = (label: string, name: string, onClick: () => void): HTMLButtonElement => {
    const b = el('button', { type: 'button', textContent: label, className: name });
    b.addEventListener('click', onClick);
    return b;
  };
  bar.append(message, actions);
  root.append(el('style', { textContent: CSS }), box, bar);
  document.documentElement.append(host);

  let hovered: Element | null = null;
  let picked: Element | null = null;
  let selector = '';
  const site = location.hostname.toLowerCase().replace(/^www\./, '');

  const outline = (target: Element | null): void => {
    if (!target) return void (box.style.display = 'none');
    const r = target.getBoundingClientRect();
    Object.assign(box.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
  };
  const ours = (e: Event): boolean => e.composedPath().includes(host);
  const pageTarget = (e: Event): Element | null => {
    const t0 = e.composedPath()[0];
    return t0 instanceof Element && t0 !== document.documentElement ? t0 : null;
  };

  function showActions(): void {
    actions.replaceChildren(
      button(t('pickerRemove'), 'remove', () => void save('remove')),
      button(t('pickerKeep'), 'keep', () => void save('keep')),
      button(t('pickerBody'), 'body', () => void save('body')),
      button(t('pickerParent'), 'parent', () => picked?.parentElement && picked.parentElement !== document.body && pick(picked.parentElement)),
      button(t('pickerCancel'), 'cancel', () => stop()),
    );
  }

  function pick(target: Element): void {
    picked = target;
    selector = deriveSelector(target);
    outline(target);
    const code = el('code', { className: 'selector', textContent: selector });
    message.replaceChildren(...t('pickerMatches', '\uE000', matchCount(document, selector)).split('\uE000').flatMap((part, i) => (i ? [code, part] : [part])));
    showActions();
    (actions.firstElementChild as HTMLElement | null)?.focus();
  }

  async function save(kind: Kind): Promise<void> {
    const raw = { hosts: [site], remove: kind === 'remove' ? [selector] : [], keep: kind === 'keep' ? [selector] : [], ...(kind === 'body' ? { body: selector } : {}) };
    const checked = validateRule(raw, domSelectorCheck(document));
    if (!checked.ok) return void (message.textContent = t('pickerFailed', selector));
    const existing = (await loadUserRules(checkedRule)).find((r) => siteOf(r) === site);
    const rule: UserRule = existing ? mergeBySite([existing, checked.rule])[0]! : checked.rule;
    const problem = await storeRules([rule]);
    if (problem) {
      message.replaceChildren(el('span', { className: 'error', textContent: quotaMessage(problem) }));
      return;
    }
    // Started from the panel: it comes back at once and shows the rule at work.
    if (await report({ result: 'saved', kind, selector, matches: matchCount(document, selector), site })) return stop(false);
    message.textContent = t('pickerSaved', site);
    actions.replaceChildren(button(t('pickerDone'), 'done', () => stop()));
    (actions.firstElementChild as HTMLElement).focus();
  }

  // Capture on window, before the page's own listeners: the page never gets the picker's clicks.
  const swallow = (e: Event): void => {
    if (ours(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const onMove = (e: Event): void => {
    if (ours(e) || picked) return;
    hovered = pageTarget(e);
    outline(hovered);
  };
  const onClick = (e: Event): void => {
    if (ours(e)) return;
    swallow(e);
    const target = pageTarget(e);
    if (target && !picked) pick(target);
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      swallow(e);
      stop();
    } else if (e.key === 'Enter' && !picked && hovered && !ours(e)) {
      swallow(e);
      pick(hovered);
    }
  };
  const blocked = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick', 'contextmenu'];
  window.addEventListener('mousemove', onMove, true);
  window.addEventListener('click', onClick, true);
  window.addEventListener('keydown', onKey, true);
  for (const type of blocked) window.addEventListener(type, swallow, true);

  /** Ends the picker; `cancelled`: nothing was saved (a panel waiting for the picker comes back as it was). */
  function stop(cancelled = true): void {
    if (cancelled) void report({ result: 'cancelled' });
    window.removeEventListener('mousemove', onMove, true);
    window.removeEventListener('click', onClick, true);
    window.removeEventListener('keydown', onKey, true);
    for (const type of blocked) window.removeEventListener(type, swallow, true);
    host.remove();
    world.__qingwenPicking = false;
  }
}

startPicker();
