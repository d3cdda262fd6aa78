// The options page's "my site rules": one row per site (edit as validated JSON, delete), export
// to a rules file, import one. A file is read as data and validated (never executed); a bad one
// is refused with one line in the interface's language, and nothing is stored then.
import browser from 'webextension-polyfill';
import { describeProblem, type Lang } from '../rules/user-messages.js';
import { domSelectorCheck, parseRulesFile, rulesFile, validateRule, type UserRule } from '../rules/user.js';
import { t } from './i18n.js';
import { checkedRule, loadUserRules, mergeBySite, quotaMessage, RULE_KEY_PREFIX, siteOf, storeRules } from './user-rules-store.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const list = $<HTMLUListElement>('ruleList');
const editor = $<HTMLElement>('ruleEditor');
const text = $<HTMLTextAreaElement>('ruleText');
const error = $<HTMLElement>('rulesError');
const status = $<HTMLElement>('rulesStatus');
const check = domSelectorCheck(document);
const lang = (): Lang => (t('@@ui_locale').startsWith('zh') ? 'zh' : 'en');

/** The site being edited (null: a new rule). */
let editing: string | null = null;

function say(message: string, isError: boolean): void {
  error.textContent = isError ? message : '';
  status.textContent = isError ? '' : message;
  text.setAttribute('aria-invalid', String(isError && !editor.hidden));
}

function button(label: string, onClick: () => void, name: string): HTMLButtonElement {
  const b = Object.assign(document.createElement('button'), { type: 'button', textContent: label, className: name });
  b.addEventListener('click', onClick);
  return b;
}

async function render(): Promise<void> {
  const rules = await loadUserRules(checkedRule);
  list.replaceChildren();
  if (!rules.length) list.append(Object.assign(document.createElement('li'), { textContent: t('rulesNone'), className: 'none' }));
  for (const rule of rules) {
    const site = siteOf(rule);
    const li = document.createElement('li');
    li.dataset.site = site;
    const name = Object.assign(document.createElement('strong'), { textContent: site });
    const more = rule.hosts.length > 1 ? t('rulesAlsoHosts', rule.hosts.length - 1) : '';
    const summary = Object.assign(document.createElement('span'), {
      className: 'hint',
      textContent: `${more} ${t('rulesSummary', rule.remove.length, rule.keep.length)}${rule.body ? t('rulesSummaryBody') : ''}`,
    });
    const edit = button(t('rulesEdit'), () => openEditor(rule), 'edit');
    const del = button(t('rulesDelete'), () => void remove(site), 'delete');
    edit.setAttribute('aria-label', `${t('rulesEdit')} ${site}`);
    del.setAttribute('aria-label', `${t('rulesDelete')} ${site}`);
    li.append(name, ' ', summary, ' ', edit, ' ', del);
    list.append(li);
  }
}

function openEditor(rule: UserRule | null): void {
  editing = rule ? siteOf(rule) : null;
  text.value = JSON.stringify(rule ?? { hosts: ['example.cn'], remove: [], keep: [] }, null, 2);
  editor.hidden = false;
  say('', false);
  text.focus();
}

async function saveEdited(): Promise<void> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.value);
  } catch {
    return say(t('rulesNotJson'), true);
  }
  const checked = validateRule(raw, check);
  if (!checked.ok) return say(describeProblem(checked.problem, lang(), 'rule'), true);
  const site = siteOf(checked.rule);
  // A rule moved to (or made for) a site that has one already joins it.
  const other = site !== editing ? (await loadUserRules(checkedRule)).find((r) => siteOf(r) === site) : undefined;
  const rule = other ? mergeBySite([other, checked.rule])[0]! : checked.rule;
  const problem = await storeRules([rule], editing && editing !== site ? [editing] : []);
  if (problem) return say(quotaMessage(problem), true);
  editor.hidden = true;
  editing = null;
  say(t('rulesSavedOne', site), false);
  await render();
}

async function remove(site: string): Promise<void> {
  await browser.storage.sync.remove(RULE_KEY_PREFIX + site);
  if (editing === site) editor.hidden = true;
  say(t('rulesDeleted', site), false);
  await render();
}

async function importFile(file: File): Promise<void> {
  const result = parseRulesFile(await file.text(), check);
  if (!result.ok) return say(`${file.name}: ${describeProblem(result.problem, lang())}`, true);
  const merged = mergeBySite([...(await loadUserRules(checkedRule)), ...result.rules]);
  const problem = await storeRules(merged);
  if (problem) return say(quotaMessage(problem), true);
  say(t('rulesImported', result.rules.length), false);
  await render();
}

async function exportFile(): Promise<void> {
  const rules = await loadUserRules(checkedRule);
  const blob = new Blob([`${JSON.stringify(rulesFile(rules), null, 2)}\n`], { type: 'application/json' });
  const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: 'qingwen-rules.json' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
  say(t('rulesExported', rules.length), false);
}

export function setUpRules(): void {
  $<HTMLButtonElement>('ruleNew').addEventListener('click', () => openEditor(null));
  $<HTMLButtonElement>('ruleSave').addEventListener('click', () => void saveEdited().catch((e: unknown) => say(t('rulesFailed', String(e)), true)));
  $<HTMLButtonElement>('ruleCancel').addEventListener('click', () => {
    editor.hidden = true;
    editing = null;
    say('', false);
  });
  $<HTMLButtonElement>('ruleExport').addEventListener('click', () => void exportFile());
  const input = $<HTMLInputElement>('ruleImport');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void importFile(file).catch((e: unknown) => say(t('rulesFailed', String(e)), true)).finally(() => (input.value = ''));
  });
  // Rules changed elsewhere (another options tab, sync from another device) show at once.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && Object.keys(changes).some((k) => k.startsWith(RULE_KEY_PREFIX))) void render();
  });
  void render();
}
