// The Node library: the pure engine plus a linkedom parser, so `cleanHtml(html, url)` works
// without a browser. The extension imports src/engine and src/format directly instead.
import './engine/readability.js';
import { cleanDocument, extractArticle } from './engine/extract.js';
import type { Article, ExtractOptions } from './engine/types.js';
import { parseHtml } from './node/parse.js';

export * from './engine/index.js';
export { QingwenError } from './engine/errors.js';
export { parseHtml } from './node/parse.js';
export { findRule, RULES, KNOWN_HOSTS } from './rules/index.js';
export type { ExtraSite } from './rules/index.js';
// The user's own site rules: the file format, its validation and its messages (the CLI's --rules).
export { domSelectorCheck, parseRulesFile, validateRules, validateRule, rulesFile, userRuleFor, RULE_LIMITS } from './rules/user.js';
export type { UserRule, UserRulesFile, RulesProblem, RulesResult, SelectorCheck } from './rules/user.js';
export { describeProblem } from './rules/user-messages.js';

/** Cleans one page given as an HTML string (no network). */
export function cleanHtml(html: string, url: string): Article {
  return cleanDocument(parseHtml(html), url, { disposable: true, reparse: () => parseHtml(html) });
}

/** Cleans an article given as HTML, following its next pages through `options.fetchPage`. */
export function cleanHtmlPaged(html: string, url: string, options: ExtractOptions): Promise<Article> {
  return extractArticle(parseHtml(html), url, { ...options, disposable: true, reparse: () => parseHtml(html) });
}

// Markdown, text, JSON and file names: the same writer the CLI and the extension use.
export * from './format/index.js';
// Word: not in format/index.ts, which the extension's content script imports.
export { toDocx, DOCX_FONTS, DOCX_SIZES } from './format/docx.js';
export type { DocxOptions, DocxFont, DocxSize } from './format/docx.js';
