// The site families Qingwen knows, and how a page is matched to one: by host first, else by
// the template's fingerprints, so a clone on a new domain is recognised too.
import type { SiteRule } from './define.js';
import dedecms from './dedecms.js';
import diyifanwen from './diyifanwen.js';
import empirecms from './empirecms.js';
import ruiwen from './ruiwen.js';
import test51 from './test51.js';

export type { SiteRule, PhraseRule } from './define.js';

export const RULES: readonly SiteRule[] = [empirecms, ruiwen, diyifanwen, test51, dedecms];

/** Every host a rule names (for the extension's host permissions and auto-run list). */
export const KNOWN_HOSTS: readonly string[] = RULES.flatMap((r) => r.hosts);

function hostMatches(host: string, ruleHost: string): boolean {
  return host === ruleHost || host.endsWith(`.${ruleHost}`);
}

function countFingerprints(doc: Document, rule: SiteRule, urls: string): number {
  let n = 0;
  for (const f of rule.fingerprints) {
    if (f.startsWith('@')) {
      if (urls.includes(f.slice(1))) n++;
    } else {
      try {
        if (doc.querySelector(f)) n++;
      } catch {
        /* a selector this DOM cannot parse counts as absent */
      }
    }
  }
  return n;
}

/** Resource URLs of the page (stylesheets, scripts, images, forms), where template paths show. */
function resourceUrls(doc: Document): string {
  const parts: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('link[href], script[src], img[src], form[action]')).slice(0, 200)) {
    parts.push(el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '');
  }
  return parts.join('\n');
}

export function findRule(doc: Document, url: string): SiteRule | null {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    /* a file path or bad URL: fingerprints only */
  }
  const byHost = RULES.find((r) => r.hosts.some((h) => hostMatches(host, h)));
  if (byHost) return byHost;
  const urls = resourceUrls(doc);
  let best: SiteRule | null = null;
  let bestCount = 0;
  for (const rule of RULES) {
    const n = countFingerprints(doc, rule, urls);
    if (n >= (rule.minFingerprints ?? 1) && n > bestCount) {
      best = rule;
      bestCount = n;
    }
  }
  return best;
}
