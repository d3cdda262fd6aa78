// User settings (options page), kept in storage.sync. Every reader validates what it gets:
// storage may hold values from an older version or edited by hand.
import { ext as browser } from './browser.js';
import type { FormatOptions } from '../format/index.js';
// Constants only: the docx writer itself is never loaded outside the background and the CLI.
import { DOCX_FONTS, DOCX_LINE_SPACING, DOCX_SIZES, type DocxFont, type DocxSize } from '../format/docx-options.js';
import { RULES, type ExtraSite } from '../rules/index.js';
import { normaliseHost } from '../rules/user.js';

/** Hosts a user may add to the known families. */
export const MAX_EXTRA_SITES = 50;

export type CopyFormat = 'text' | 'markdown';
/** The panel's colours: the system's light or dark ('auto'), or one chosen. */
export const READ_THEMES = ['auto', 'light', 'sepia', 'dark'] as const;
export type ReadTheme = (typeof READ_THEMES)[number];
/** The panel's text: 黑体-style sans or 宋体-style serif. */
export const READ_FONTS = ['sans', 'serif'] as const;
export type ReadFont = (typeof READ_FONTS)[number];
/** The line width, in characters of the text size. */
export const READ_WIDTHS = { narrow: 34, medium: 46, wide: 60 } as const;
export type ReadWidth = keyof typeof READ_WIDTHS;
/** The panel's text size in CSS pixels. */
export const READ_SIZE = { min: 14, max: 26, step: 2 } as const;

export interface Settings {
  /** "来源：<url>" under the title. */
  sourceLine: boolean;
  /** YAML front matter at the top of Markdown. */
  frontMatter: boolean;
  /** Plain-text paragraph indentation. */
  indent: 'none' | 'fullwidth';
  /** File-name pattern with {title} {heading} {index} {site}; empty: the formats' default. */
  fileNamePattern: string;
  /** Run by itself on the known template sites (badge, copy guards). */
  knownSites: boolean;
  /** Known sites (their KNOWN_HOSTS entry) the user turned off one by one. */
  offSites: string[];
  /** What the panel's copy buttons write until the user picks the other. */
  copyFormat: CopyFormat;
  readTheme: ReadTheme;
  readFont: ReadFont;
  readSize: number;
  readWidth: ReadWidth;
  /** Word downloads: body font, size, line spacing, two-character first-line indent. */
  docxFont: DocxFont;
  docxSize: DocxSize;
  docxLineSpacing: number;
  docxIndent: boolean;
  /** Hosts the user added to a known family (the reader runs there by itself, with the family's rule). */
  extraSites: ExtraSite[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sourceLine: true,
  frontMatter: false,
  indent: 'none',
  fileNamePattern: '',
  knownSites: true,
  offSites: [] as string[],
  copyFormat: 'text',
  readTheme: 'auto',
  readFont: 'sans',
  readSize: 16,
  readWidth: 'medium',
  docxFont: '宋体',
  docxSize: '小四',
  docxLineSpacing: 1.5,
  docxIndent: true,
  extraSites: [] as ExtraSite[],
});

/** The valid, distinct added sites of `raw`: a host name and a family the engine knows. */
function extraSitesOf(raw: unknown): ExtraSite[] {
  if (!Array.isArray(raw)) return [];
  const out: ExtraSite[] = [];
  for (const e of raw as unknown[]) {
    const r = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
    const host = typeof r.host === 'string' ? normaliseHost(r.host) : null;
    if (host && RULES.some((x) => x.name === r.family) && !out.some((o) => o.host === host)) out.push({ host, family: r.family as string });
  }
  return out.slice(0, MAX_EXTRA_SITES);
}

function oneOf<T extends string>(allowed: readonly T[], v: unknown, fallback: T): T {
  return (allowed as readonly unknown[]).includes(v) ? (v as T) : fallback;
}

function inRange(v: unknown, min: number, max: number, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : fallback;
}

/** Keeps the valid fields of `raw`, defaults for the rest. */
export function normaliseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const bool = (k: 'sourceLine' | 'frontMatter' | 'knownSites' | 'docxIndent'): boolean =>
    typeof r[k] === 'boolean' ? (r[k] as boolean) : DEFAULT_SETTINGS[k];
  return {
    sourceLine: bool('sourceLine'),
    frontMatter: bool('frontMatter'),
    knownSites: bool('knownSites'),
    indent: r.indent === 'fullwidth' || r.indent === 'none' ? r.indent : DEFAULT_SETTINGS.indent,
    fileNamePattern: typeof r.fileNamePattern === 'string' ? r.fileNamePattern.slice(0, 200) : DEFAULT_SETTINGS.fileNamePattern,
    copyFormat: r.copyFormat === 'markdown' || r.copyFormat === 'text' ? r.copyFormat : DEFAULT_SETTINGS.copyFormat,
    extraSites: extraSitesOf(r.extraSites),
    offSites: Array.isArray(r.offSites) ? r.offSites.filter((h): h is string => typeof h === 'string' && h.length <= 253).slice(0, 100) : [],
    readTheme: oneOf(READ_THEMES, r.readTheme, DEFAULT_SETTINGS.readTheme),
    readFont: oneOf(READ_FONTS, r.readFont, DEFAULT_SETTINGS.readFont),
    readSize: Math.round(inRange(r.readSize, READ_SIZE.min, READ_SIZE.max, DEFAULT_SETTINGS.readSize)),
    readWidth: oneOf(Object.keys(READ_WIDTHS) as ReadWidth[], r.readWidth, DEFAULT_SETTINGS.readWidth),
    docxFont: oneOf(DOCX_FONTS, r.docxFont, DEFAULT_SETTINGS.docxFont),
    docxSize: oneOf(Object.keys(DOCX_SIZES) as DocxSize[], r.docxSize, DEFAULT_SETTINGS.docxSize),
    docxLineSpacing: inRange(r.docxLineSpacing, DOCX_LINE_SPACING.min, DOCX_LINE_SPACING.max, DEFAULT_SETTINGS.docxLineSpacing),
    docxIndent: bool('docxIndent'),
  };
}

export async function loadSettings(): Promise<Settings> {
  try {
    return normaliseSettings(await browser.storage.sync.get(Object.keys(DEFAULT_SETTINGS)));
  } catch {
    // storage.sync can be unavailable (e.g. disabled by policy): defaults still work.
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normaliseSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.sync.set({ ...next });
  return next;
}

/** `sourceLabel`: the source line in the interface's language ("来源：", "Source: "). */
export function formatOptions(s: Settings, sourceLabel?: string): FormatOptions {
  return { sourceLine: s.sourceLine, frontMatter: s.frontMatter, indent: s.indent, ...(sourceLabel ? { sourceLabel } : {}) };
}

/** The Word writer's options from the settings (format/docx.ts takes them as they are). */
export function docxOptions(s: Settings): { font: DocxFont; size: DocxSize; lineSpacing: number; indent: boolean } {
  return { font: s.docxFont, size: s.docxSize, lineSpacing: s.docxLineSpacing, indent: s.docxIndent };
}
