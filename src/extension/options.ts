// The options page: every change is saved at once to storage.sync.
import { t } from './i18n.js';
import { KNOWN_HOSTS } from './known-sites.js';
import { loadSettings, saveSettings, type Settings } from './settings.js';

const form = document.getElementById('form') as HTMLFormElement;
const status = document.getElementById('status') as HTMLElement;

for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n ?? '');
document.documentElement.lang = t('@@ui_locale').replace('_', '-');
(document.getElementById('hosts') as HTMLElement).textContent = KNOWN_HOSTS.join(' · ');

const field = <T extends HTMLElement>(name: keyof Settings): T => form.elements.namedItem(name) as unknown as T;

function show(s: Settings): void {
  field<HTMLInputElement>('sourceLine').checked = s.sourceLine;
  field<HTMLInputElement>('frontMatter').checked = s.frontMatter;
  field<HTMLInputElement>('knownSites').checked = s.knownSites;
  field<HTMLSelectElement>('indent').value = s.indent;
  field<HTMLSelectElement>('copyFormat').value = s.copyFormat;
  field<HTMLInputElement>('fileNamePattern').value = s.fileNamePattern;
}

function read(): Partial<Settings> {
  return {
    sourceLine: field<HTMLInputElement>('sourceLine').checked,
    frontMatter: field<HTMLInputElement>('frontMatter').checked,
    knownSites: field<HTMLInputElement>('knownSites').checked,
    indent: field<HTMLSelectElement>('indent').value as Settings['indent'],
    copyFormat: field<HTMLSelectElement>('copyFormat').value as Settings['copyFormat'],
    fileNamePattern: field<HTMLInputElement>('fileNamePattern').value,
  };
}

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('input', () => {
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

void loadSettings().then(show);
