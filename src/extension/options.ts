// The options page: every change is saved at once to storage.sync (a file-name pattern only
// when it is valid; an unknown {…} is shown as an error instead).
import browser from 'webextension-polyfill';
import { unknownPlaceholders } from './file-pattern.js';
import { t } from './i18n.js';
import { KNOWN_HOSTS } from './known-sites.js';
import { setUpRules } from './options-rules.js';
import { setUpSites } from './options-sites.js';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from './settings.js';

const form = document.getElementById('form') as HTMLFormElement;
const status = document.getElementById('status') as HTMLElement;

for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n ?? '');
document.documentElement.lang = t('@@ui_locale').replace('_', '-');
// One checkbox per known site: each can be turned off on its own.
const hosts = document.getElementById('hosts') as HTMLElement;
for (const host of KNOWN_HOSTS) {
  const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: `site:${host}` });
  const label = document.createElement('label');
  label.append(box, ` ${host}`);
  hosts.append(label);
}
const siteBoxes = (): HTMLInputElement[] => [...hosts.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

const field = <T extends HTMLElement>(name: keyof Settings): T => form.elements.namedItem(name) as unknown as T;

function show(s: Settings): void {
  field<HTMLInputElement>('sourceLine').checked = s.sourceLine;
  field<HTMLInputElement>('frontMatter').checked = s.frontMatter;
  field<HTMLInputElement>('knownSites').checked = s.knownSites;
  field<HTMLSelectElement>('indent').value = s.indent;
  field<HTMLSelectElement>('copyFormat').value = s.copyFormat;
  field<HTMLInputElement>('fileNamePattern').value = s.fileNamePattern;
  for (const box of siteBoxes()) {
    box.checked = !s.offSites.includes(box.name.slice('site:'.length));
    box.disabled = !s.knownSites;
  }
}

const patternError = document.getElementById('patternError') as HTMLElement;

/** Shows what is wrong with the pattern; true when it can be saved. */
function checkPattern(): boolean {
  const input = field<HTMLInputElement>('fileNamePattern');
  const unknown = unknownPlaceholders(input.value);
  patternError.textContent = unknown.length ? t('optionsPatternUnknown', unknown.join(' ')) : '';
  input.setAttribute('aria-invalid', String(unknown.length > 0));
  return unknown.length === 0;
}

function read(): Partial<Settings> {
  const patternOk = checkPattern();
  return {
    sourceLine: field<HTMLInputElement>('sourceLine').checked,
    frontMatter: field<HTMLInputElement>('frontMatter').checked,
    knownSites: field<HTMLInputElement>('knownSites').checked,
    indent: field<HTMLSelectElement>('indent').value as Settings['indent'],
    copyFormat: field<HTMLSelectElement>('copyFormat').value as Settings['copyFormat'],
    offSites: siteBoxes().filter((b) => !b.checked).map((b) => b.name.slice('site:'.length)),
    ...(patternOk ? { fileNamePattern: field<HTMLInputElement>('fileNamePattern').value } : {}),
  };
}

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('input', () => {
  for (const box of siteBoxes()) box.disabled = !field<HTMLInputElement>('knownSites').checked;
  void saveSettings(read()).then(
    () => {
      status.textContent = t('optionsSaved');
      clearTimeout(timer);
      timer = setTimeout(() => (status.textContent = ''), 1500);
    },
    (e: unknown) => (status.textContent = String(e)),
  );
});
form.addEventListener('submit', (e) => e.preventDefault());

(document.getElementById('reset') as HTMLButtonElement).addEventListener('click', () => {
  // The settings only: the user's site rules share storage.sync and are no setting to reset.
  void browser.storage.sync.remove(Object.keys(DEFAULT_SETTINGS)).then(() => {
    show({ ...DEFAULT_SETTINGS });
    checkPattern();
    status.textContent = t('optionsResetDone');
  });
});

/** The reader's shortcut as the browser has it, and the way to change it. */
async function showShortcut(): Promise<void> {
  const commands = await browser.commands.getAll();
  const key = commands.find((c) => c.name === 'open-reader')?.shortcut;
  (document.getElementById('shortcut') as HTMLElement).textContent = key ? key : t('optionsShortcutNone');
  const change = document.getElementById('changeShortcut') as HTMLButtonElement;
  const firefox = typeof browser.runtime.getBrowserInfo === 'function';
  if (firefox) {
    // Firefox lets no extension open about:addons' shortcut page: say where it is.
    change.hidden = true;
    (document.getElementById('shortcutHint') as HTMLElement).textContent = t('optionsShortcutFirefox');
  } else {
    change.addEventListener('click', () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' }));
  }
}

void loadSettings().then(show);
void showShortcut();
setUpRules();
setUpSites();
