// Command-line arguments → options. Mistakes here are usage errors (exit code 2).

import { DOCX_FONTS, DOCX_LINE_SPACING, DOCX_SIZES, type DocxFont, type DocxSize } from '../format/docx-options.js';

export type OutputFormat = 'md' | 'text' | 'json' | 'html' | 'docx';

/** How a .docx is set: body font, size, line spacing, first-line indent. */
export interface DocxCliOptions {
  font: DocxFont;
  size: DocxSize;
  lineSpacing: number;
  indent: boolean;
}

export interface CliOptions {
  inputs: string[];
  /** The saved page's original address (only with a single saved file). */
  url: string | null;
  format: OutputFormat;
  out: string | null;
  split: boolean;
  docx: DocxCliOptions;
  /** A user-rules file (rules/user.ts), or null. */
  rules: string | null;
  /** --save-case DIR: the page saved as a test case in DIR instead of an article written (absent otherwise). */
  saveCase?: string;
}

export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'version' };

export const USAGE = 'usage: qingwen FILE|DIR|URL… [--url URL] [--format md|text|json|html|docx] [--out PATH] [--split]';

export const HELP = `${USAGE}

Turns template-essay pages (范文 sites) into clean articles of titled pieces.

  FILE         a saved page; its next pages are looked up next to it (169108_2.html …)
  DIR          every first page (*.html, *.htm, *.shtml) in the folder
  URL          an http(s) page; its next pages are fetched from the same site
  --url URL    the saved page's original address (site rules, links to next pages)
  --format F   md (default), text, json, html or docx (Word); several inputs in json print one JSON array
  --out PATH   write to this file, or into this folder for several inputs or --split (docx needs it)
  --split      one file per piece, into --out (default: the current folder)
  --rules FILE your own site rules, a JSON file: {"qingwenRules": 1, "rules": [{"hosts": [...],
               "body": "selector", "remove": [...], "keep": [...]}]} (the extension exports the same)
  --save-case DIR   save the page (FILE or URL) as a test case in the corpus format: a folder
               qingwen-case-<slug>/ in DIR with every page as read, case.json and the result as
               a starting expected.json (the extension's "保存为测试页" writes the same)
  --font F     docx body font: 宋体 (default), 仿宋, 黑体, 楷体 or 微软雅黑
  --size S     docx body size: 小四 (default), 三号, 小三, 四号, 五号 or 小五
  --line-spacing N   docx line spacing, a multiple of single (default 1.5)
  --no-indent  docx: no first-line indent of two characters
  --help       this text
  --version    the version
`;

/** A usage mistake: printed with the usage line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const FORMATS: Record<string, OutputFormat> = { md: 'md', markdown: 'md', text: 'text', txt: 'text', json: 'json', html: 'html', htm: 'html', docx: 'docx', word: 'docx' };

export function isWebUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export function parseArgs(argv: string[]): ParsedArgs {
  const options: CliOptions = { inputs: [], url: null, format: 'md', out: null, split: false, docx: { font: '宋体', size: '小四', lineSpacing: 1.5, indent: true }, rules: null };
  let formatSeen = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      options.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (arg === '-') throw new UsageError('reading a page from standard input is not supported; give a file, folder or URL');
      options.inputs.push(arg);
      continue;
    }
    // "--name=value" and "--name value" are both accepted.
    const eq = arg.indexOf('=');
    const name = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    const inline = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : null;
    const value = (): string => {
      if (inline !== null) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`${name} needs a value`);
      i++;
      return next;
    };
    const flag = (): void => {
      if (inline !== null) throw new UsageError(`${name} takes no value`);
    };
    switch (name) {
      case '-h':
      case '--help':
        flag();
        return { kind: 'help' };
      case '-V':
      case '--version':
        flag();
        return { kind: 'version' };
      case '--url':
        options.url = value();
        break;
      case '-f':
      case '--format': {
        const v = value();
        const format = FORMATS[v.toLowerCase()];
        if (!format) throw new UsageError(`unknown format "${v}" (use md, text, json, html or docx)`);
        options.format = format;
        formatSeen = true;
        break;
      }
      case '-o':
      case '--out':
        options.out = value();
        break;
      case '--split':
        flag();
        options.split = true;
        break;
      case '--rules':
        options.rules = value();
        if (!options.rules) throw new UsageError('--rules needs a file');
        break;
      case '--save-case':
        options.saveCase = value();
        if (!options.saveCase) throw new UsageError('--save-case needs a folder');
        break;
      case '--font': {
        const v = value();
        if (!(DOCX_FONTS as readonly string[]).includes(v)) throw new UsageError(`unknown font "${v}" (use ${DOCX_FONTS.join(', ')})`);
        options.docx.font = v as DocxFont;
        break;
      }
      case '--size': {
        const v = value();
        if (!(v in DOCX_SIZES)) throw new UsageError(`unknown size "${v}" (use ${Object.keys(DOCX_SIZES).join(', ')})`);
        options.docx.size = v as DocxSize;
        break;
      }
      case '--line-spacing': {
        const v = value();
        const n = Number(v);
        if (!Number.isFinite(n) || n < DOCX_LINE_SPACING.min || n > DOCX_LINE_SPACING.max) throw new UsageError(`--line-spacing must be a number from ${DOCX_LINE_SPACING.min} to ${DOCX_LINE_SPACING.max}: ${v}`);
        options.docx.lineSpacing = n;
        break;
      }
      case '--no-indent':
        flag();
        options.docx.indent = false;
        break;
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  check(options, formatSeen);
  return { kind: 'run', options };
}

function check(o: CliOptions, formatSeen: boolean): void {
  if (o.inputs.length === 0) throw new UsageError('no page given');
  if (o.out === '') throw new UsageError('--out needs a path');
  if (o.url !== null) {
    if (o.inputs.length !== 1 || isWebUrl(o.inputs[0]!)) throw new UsageError('--url goes with a single saved file');
    if (!isWebUrl(o.url)) throw new UsageError(`--url must be an http(s) address: ${o.url}`);
    try {
      new URL(o.url);
    } catch {
      throw new UsageError(`--url is not a valid address: ${o.url}`);
    }
  }
  if (o.saveCase !== undefined && (o.inputs.length !== 1 || o.out !== null || o.split || formatSeen)) {
    throw new UsageError('--save-case DIR takes one page (a file or an address) and no --out, --split or --format');
  }
  if (o.split && formatSeen && o.format === 'json') throw new UsageError('--split writes md or text (or html, docx) files, not json');
  if (o.format === 'docx' && o.out === null && !o.split) throw new UsageError('--format docx writes a file: give --out FILE.docx (or a folder)');
}
