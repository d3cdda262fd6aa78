// Interface text comes from _locales (zh_CN default, en).
import { ext as browser } from './browser.js';

/** The localised message `key`, with $1… substitutions; the key itself when missing (visible in tests). */
export function t(key: string, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}

/** "1,234": the grouping the issue asks for in every locale. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
