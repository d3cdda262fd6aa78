// The panel's reading and Word settings: theme (system, light, sepia, dark), 黑体 / 宋体 text,
// text size and line width, and how "下载 Word" sets its file (font, size, line spacing, first-line
// indent). Labelled native controls (radio groups, selects, a checkbox), so the keyboard and
// screen readers know them; every change is applied at once and remembered in the settings.
import { DOCX_FONTS, DOCX_SIZES } from '../../format/docx-options.js';
import { t } from '../i18n.js';
import { READ_FONTS, READ_SIZE, READ_THEMES, READ_WIDTHS, type Settings } from '../settings.js';
import { el } from './view.js';

/** The Word line spacings offered (the settings accept any from 1 to 3). */
const LINE_SPACINGS = [1, 1.15, 1.25, 1.5, 2, 2.5, 3];

export type Save = (patch: Partial<Settings>) => void;

/** Theme, font, size and line width on the sheet (panel-css.ts reads them). */
export function applyReading(sheet: HTMLElement, s: Settings): void {
  sheet.dataset.theme = s.readTheme;
  sheet.dataset.font = s.readFont;
  sheet.style.setProperty('--fs', `${s.readSize}px`);
  sheet.style.setProperty('--chars', String(READ_WIDTHS[s.readWidth]));
}

/** A labelled radio group; `change` only from the user (a page cannot forge one into a closed root, but a script could try). */
export function radios<T extends string>(name: string, label: string, values: readonly T[], text: (v: T) => string, current: T, onPick: (v: T) => void, shown = false): HTMLElement {
  const group = el('span', { class: 'fmt' }, shown ? el('span', { text: label }) : null);
  group.setAttribute('role', 'radiogroup');
  group.setAttribute('aria-label', label);
  for (const v of values) {
    const input = el('input');
    input.type = 'radio';
    input.name = name;
    input.value = v;
    input.checked = v === current;
    input.addEventListener('change', (e) => {
      if (e.isTrusted && input.checked) onPick(v);
    });
    group.append(el('label', {}, input, document.createTextNode(text(v))));
  }
  return group;
}

function select<T extends string | number>(name: string, values: readonly T[], text: (v: T) => string, current: T, onPick: (v: T) => void): HTMLSelectElement {
  const s = el('select');
  s.name = name;
  for (const v of values) {
    const o = el('option', { text: text(v) });
    o.value = String(v);
    o.selected = v === current;
    s.append(o);
  }
  s.addEventListener('change', (e) => {
    const v = values.find((x) => String(x) === s.value);
    if (e.isTrusted && v !== undefined) onPick(v);
  });
  return s;
}

/** A row: its label (a <label> for a single control, the group's name otherwise) and the control. */
function row(label: string, control: HTMLElement): HTMLElement[] {
  if (control instanceof HTMLSelectElement) {
    const id = `qw-${control.name}`;
    control.id = id;
    const l = el('label', { text: label });
    l.htmlFor = id;
    return [l, el('div', { class: 'row' }, control)];
  }
  return [el('span', { text: label }), el('div', { class: 'row' }, control)];
}

/** The settings box (hidden until its button opens it); `save` remembers a change, `apply` shows it. */
export function prefsBox(s: Settings, save: Save, apply: (s: Settings) => void): HTMLElement {
  const current = { ...s };
  const set = (patch: Partial<Settings>): void => {
    Object.assign(current, patch);
    apply(current);
    save(patch);
  };
  const sizes = Array.from({ length: (READ_SIZE.max - READ_SIZE.min) / READ_SIZE.step + 1 }, (_, i) => READ_SIZE.min + i * READ_SIZE.step);
  const theme = { auto: 'themeAuto', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' } as const;
  const width = { narrow: 'widthNarrow', medium: 'widthMedium', wide: 'widthWide' } as const;
  const indent = el('input');
  indent.type = 'checkbox';
  indent.id = 'qw-docxIndent';
  indent.checked = s.docxIndent;
  indent.addEventListener('change', (e) => {
    if (e.isTrusted) set({ docxIndent: indent.checked });
  });
  const indentLabel = el('label', { text: t('wordIndent') });
  indentLabel.htmlFor = indent.id;
  const box = el(
    'div',
    { class: 'prefs' },
    ...row(t('prefsTheme'), radios('theme', t('prefsTheme'), READ_THEMES, (v) => t(theme[v]), s.readTheme, (v) => set({ readTheme: v }))),
    ...row(t('prefsFont'), radios('font', t('prefsFont'), READ_FONTS, (v) => t(v === 'sans' ? 'fontSans' : 'fontSerif'), s.readFont, (v) => set({ readFont: v }))),
    ...row(t('prefsSize'), select('readSize', sizes, (v) => `${v} px`, s.readSize, (v) => set({ readSize: v }))),
    ...row(t('prefsWidth'), select('readWidth', Object.keys(READ_WIDTHS) as (keyof typeof READ_WIDTHS)[], (v) => t(width[v]), s.readWidth, (v) => set({ readWidth: v }))),
    el('h2', { text: t('prefsWord') }),
    ...row(t('wordFont'), select('docxFont', DOCX_FONTS, (v) => v, s.docxFont, (v) => set({ docxFont: v }))),
    ...row(t('wordSize'), select('docxSize', Object.keys(DOCX_SIZES) as (keyof typeof DOCX_SIZES)[], (v) => `${v}（${DOCX_SIZES[v] / 2} pt）`, s.docxSize, (v) => set({ docxSize: v }))),
    ...row(t('wordSpacing'), select('docxLineSpacing', LINE_SPACINGS, (v) => `${v}`, LINE_SPACINGS.includes(s.docxLineSpacing) ? s.docxLineSpacing : 1.5, (v) => set({ docxLineSpacing: v }))),
    el('span'),
    el('div', { class: 'row' }, indent, indentLabel),
  );
  box.id = 'qw-prefs';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', t('prefs'));
  box.hidden = true;
  return box;
}
