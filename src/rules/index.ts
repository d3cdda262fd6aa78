// The site families Qingwen knows, and how a page is matched to one: by host first, else by
// the template's fingerprints, so a clone on a new domain is recognised too.
import type { SiteRule } from './define.js';
import { attr, selectAll, tagOf } from '../engine/dom.js';
import chazidian from './chazidian.js';
import dedecms from './dedecms.js';
import discuz from './discuz.js';
import diyifanwen from './diyifanwen.js';
import empirecms, { empireWap } from './empirecms.js';
import liuxue86 from './liuxue86.js';
import phpbb from './phpbb.js';
import ruiwen from './ruiwen.js';
import test51 from './test51.js';
import xuexila from './xuexila.js';

export type { SiteRule, PhraseRule } from './define.js';

export const RULES: readonly SiteRule[] = [empirecms, empireWap, ruiwen, diyifanwen, test51, dedecms, liuxue86, xuexila, chazidian, discuz, phpbb];

/** Every host a rule names (for the extension's host permissions and auto-run list). */
export const KNOWN_HOSTS: readonly string[] = RULES.flatMap((r) => r.hosts);

/** A host the user added to a known family (the extension's options): the family's rule applies there. */
export interface ExtraSite {
  host: string;
  /** The family's `SiteRule.name`. */
  family: string;
}

function hostMatches(host: string, ruleHost: string): boolean {
  return host === ruleHost || host.endsWith(`.${ruleHost}`);
}

/** Every class and id on the page, gathered in one pass to rule fingerprints out cheaply. */
interface Tokens {
  classes: Set<string>;
  ids: Set<string>;
}

/** The page's classes and ids, and its resource URLs (stylesheets, scripts, images, forms: where template paths show), in one walk. */
function pageTokens(doc: Document): Tokens & { urls: string } {
  const classes = new Set<string>();
  const ids = new Set<string>();
  const urls: string[] = [];
  // The engine's own walk (dom.ts), not the DOM's selector engine: one pass over the elements, attributes read once.
  for (const el of selectAll(doc, '[class], [id], link[href], script[src], img[src], form[action]')) {
    const cls = attr(el, 'class');
    if (cls) for (const c of cls.split(/\s+/)) if (c) classes.add(c);
    const id = attr(el, 'id');
    if (id) ids.add(id);
    if (urls.length < MAX_URLS) {
      const name = RESOURCE_ATTR[tagOf(el)];
      const url = name ? attr(el, name) : null;
      if (url !== null) urls.push(url);
    }
  }
  return { classes, ids, urls: urls.join('\n') };
}

const MAX_URLS = 200;
const RESOURCE_ATTR: Record<string, string> = { LINK: 'href', SCRIPT: 'src', IMG: 'src', FORM: 'action' };

/** A selector needing a class or id the page lacks cannot match; only the rest are queried. */
function selectorMatches(doc: Document, selector: string, tokens: Tokens): boolean {
  for (const [, kind, name] of selector.matchAll(/([.#])([\w-]+)/g)) {
    if (!(kind === '.' ? tokens.classes : tokens.ids).has(name!)) return false;
  }
  try {
    return doc.querySelector(selector) !== null;
  } catch {
    return false; // a selector this DOM cannot parse counts as absent
  }
}

function countFingerprints(doc: Document, rule: SiteRule, urls: string, tokens: Tokens): number {
  let n = 0;
  for (const f of rule.fingerprints) {
    if (f.startsWith('@') ? urls.includes(f.slice(1)) : selectorMatches(doc, f, tokens)) n++;
  }
  return n;
}

export function findRule(doc: Document, url: string, extraSites: readonly ExtraSite[] = []): SiteRule | null {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    /* a file path or bad URL: fingerprints only */
  }
  const byHost = RULES.find((r) => r.hosts.some((h) => hostMatches(host, h)));
  if (byHost) return byHost;
  const added = extraSites.find((e) => hostMatches(host, e.host));
  const family = added && RULES.find((r) => r.name === added.family);
  if (family) return family;
  const tokens = pageTokens(doc);
  const urls = tokens.urls;
  let best: SiteRule | null = null;
  let bestCount = 0;
  for (const rule of RULES) {
    const n = countFingerprints(doc, rule, urls, tokens);
    if (n >= (rule.minFingerprints ?? 1) && n > bestCount) {
      best = rule;
      bestCount = n;
    }
  }
  return best;
}
