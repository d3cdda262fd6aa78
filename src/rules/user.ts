// The user's own site rules ("teach a site"): data, never code, in the file both shells read —
// {"qingwenRules": 1, "rules": [{"hosts": [...], "body"?: "selector", "remove": [...], "keep": [...]}]}.
// Everything is validated on load: a problem names the rule and the field, and size limits keep a
// hostile file from making the engine slow. Selectors are checked with the DOM's own parser
// (linkedom in the CLI, the browser in the extension), the one the engine will run them with.

export interface UserRule {
  /** The hosts it applies to, each with its subdomains (lower case, no port). */
  hosts: string[];
  /** The article's container, over the engine's own choice. */
  body?: string;
  /** Elements taken out before the engine's steps. */
  remove: string[];
  /** Elements whose text the article keeps even where the engine's steps would drop it. */
  keep: string[];
}

export interface UserRulesFile {
  qingwenRules: 1;
  rules: UserRule[];
}

export const RULE_LIMITS = {
  /** Rules in one file. */
  rules: 200,
  /** Hosts of one rule. */
  hosts: 20,
  /** Selectors in one rule's `remove` or `keep`. */
  selectors: 50,
  /** Characters of one selector. */
  selectorLength: 300,
  /** Characters of a whole file. */
  fileChars: 256 * 1024,
} as const;

export type ProblemCode =
  | 'not-json' // the text is no JSON
  | 'too-large' // the file is longer than RULE_LIMITS.fileChars
  | 'not-object' // the file or a rule is no JSON object
  | 'version' // qingwenRules is not 1
  | 'unknown-key' // a key the format does not have
  | 'type' // wrong type (field: what it should be in `expected`)
  | 'empty' // a list that may not be empty, an empty string
  | 'too-many' // more entries than the limit
  | 'too-long' // a selector longer than the limit
  | 'host' // not a host name
  | 'selector'; // a selector the DOM cannot parse

/** What is wrong, and where: `rule` is 1-based (null: the file itself), `field` e.g. "remove[2]". */
export interface RulesProblem {
  code: ProblemCode;
  rule: number | null;
  field: string | null;
  /** The offending value (cut short), the expected type, or the limit. */
  value?: string;
  expected?: 'array' | 'string' | 'object';
  limit?: number;
}

export type RulesResult = { ok: true; rules: UserRule[] } | { ok: false; problem: RulesProblem };

/** True when `selector` parses (it need not match anything). */
export type SelectorCheck = (selector: string) => boolean;

/** The DOM's own parser as the judge: a selector that throws on an empty fragment is no selector. */
export function domSelectorCheck(doc: Document): SelectorCheck {
  const frag = doc.createDocumentFragment();
  return (selector) => {
    try {
      frag.querySelector(selector);
      return true;
    } catch {
      return false;
    }
  };
}

const RULE_KEYS = new Set(['hosts', 'body', 'remove', 'keep']);
const FILE_KEYS = new Set(['qingwenRules', 'rules']);
const LABEL = /^[a-z0-9-]{1,63}$/;

function short(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

/** A host name as a URL would have it: labels of letters, digits and hyphens, at least two of them. */
export function normaliseHost(raw: string): string | null {
  const host = raw.trim().toLowerCase().replace(/\.$/, '');
  if (host.length > 253) return null;
  const labels = host.split('.');
  if (labels.length < 2) return null; // "cn" alone would match every site under it
  if (!labels.every((l) => LABEL.test(l) && !l.startsWith('-') && !l.endsWith('-'))) return null;
  return host;
}

class Invalid extends Error {
  constructor(readonly problem: RulesProblem) {
    super(problem.code);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One rule, checked field by field; `n` is its 1-based number for the message. */
function readRule(raw: unknown, n: number, valid: SelectorCheck): UserRule {
  const fail = (p: Omit<RulesProblem, 'rule'>): never => {
    throw new Invalid({ rule: n, ...p });
  };
  if (!isObject(raw)) fail({ code: 'not-object', field: null });
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) if (!RULE_KEYS.has(key)) fail({ code: 'unknown-key', field: key });
  const selector = (v: unknown, field: string): string => {
    if (typeof v !== 'string') return fail({ code: 'type', field, expected: 'string' });
    const s = v.trim();
    if (!s) fail({ code: 'empty', field });
    if (s.length > RULE_LIMITS.selectorLength) fail({ code: 'too-long', field, limit: RULE_LIMITS.selectorLength });
    if (!valid(s)) fail({ code: 'selector', field, value: short(s) });
    return s;
  };
  const list = (field: 'hosts' | 'remove' | 'keep', limit: number): unknown[] => {
    const v = r[field];
    if (v === undefined && field !== 'hosts') return [];
    if (!Array.isArray(v)) return fail({ code: 'type', field, expected: 'array' });
    if (v.length > limit) fail({ code: 'too-many', field, limit });
    return v;
  };
  const rawHosts = list('hosts', RULE_LIMITS.hosts);
  if (!rawHosts.length) fail({ code: 'empty', field: 'hosts' });
  const hosts = rawHosts.map((h, i) => {
    const field = `hosts[${i + 1}]`;
    if (typeof h !== 'string') return fail({ code: 'type', field, expected: 'string' });
    return normaliseHost(h) ?? fail({ code: 'host', field, value: short(h) });
  });
  const rule: UserRule = {
    hosts: [...new Set(hosts)],
    remove: list('remove', RULE_LIMITS.selectors).map((s, i) => selector(s, `remove[${i + 1}]`)),
    keep: list('keep', RULE_LIMITS.selectors).map((s, i) => selector(s, `keep[${i + 1}]`)),
  };
  if (r.body !== undefined) rule.body = selector(r.body, 'body');
  return rule;
}

/** One rule on its own (the extension stores one per site); `n` numbers it in a message. */
export function validateRule(raw: unknown, valid: SelectorCheck, n = 1): { ok: true; rule: UserRule } | { ok: false; problem: RulesProblem } {
  try {
    return { ok: true, rule: readRule(raw, n, valid) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, problem: e.problem };
    throw e;
  }
}

/** A parsed rules file (any JSON value), checked. */
export function validateRules(data: unknown, valid: SelectorCheck): RulesResult {
  try {
    if (!isObject(data)) throw new Invalid({ code: 'not-object', rule: null, field: null });
    for (const key of Object.keys(data)) if (!FILE_KEYS.has(key)) throw new Invalid({ code: 'unknown-key', rule: null, field: key });
    if (data.qingwenRules !== 1) throw new Invalid({ code: 'version', rule: null, field: 'qingwenRules', value: short(JSON.stringify(data.qingwenRules) ?? 'undefined') });
    const rules = data.rules;
    if (!Array.isArray(rules)) throw new Invalid({ code: 'type', rule: null, field: 'rules', expected: 'array' });
    if (rules.length > RULE_LIMITS.rules) throw new Invalid({ code: 'too-many', rule: null, field: 'rules', limit: RULE_LIMITS.rules });
    return { ok: true, rules: rules.map((r, i) => readRule(r, i + 1, valid)) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, problem: e.problem };
    throw e;
  }
}

/** The text of a rules file, parsed and checked. */
export function parseRulesFile(text: string, valid: SelectorCheck): RulesResult {
  if (text.length > RULE_LIMITS.fileChars) return { ok: false, problem: { code: 'too-large', rule: null, field: null, limit: RULE_LIMITS.fileChars } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { code: 'not-json', rule: null, field: null } };
  }
  return validateRules(data, valid);
}

/**
 * A stored rule's shape, cheaply (the content script, where every byte counts): lists of
 * strings within the limits. Its writers validated it in full; the engine survives a selector
 * its DOM cannot parse, so the shape is all that must hold here.
 */
export function ruleShape(v: unknown): UserRule | null {
  if (!isObject(v)) return null;
  const list = (x: unknown, max: number): string[] | null =>
    x === undefined ? [] : Array.isArray(x) && x.length <= max && x.every((s) => typeof s === 'string' && s.length <= 300) ? (x as string[]) : null;
  const hosts = list(v.hosts, RULE_LIMITS.hosts);
  const remove = list(v.remove, RULE_LIMITS.selectors);
  const keep = list(v.keep, RULE_LIMITS.selectors);
  const body = typeof v.body === 'string' && v.body.length <= 300 ? v.body : undefined;
  if (!hosts?.length || !remove || !keep || (v.body !== undefined && body === undefined)) return null;
  return { hosts, remove, keep, ...(body ? { body } : {}) };
}

/** The file for a list of rules (export). */
export function rulesFile(rules: readonly UserRule[]): UserRulesFile {
  return { qingwenRules: 1, rules: rules.map((r) => ({ hosts: [...r.hosts], ...(r.body ? { body: r.body } : {}), remove: [...r.remove], keep: [...r.keep] })) };
}

/** How closely `host` is matched by a rule: the length of its matching host, or -1. */
function matchLength(rule: UserRule, host: string): number {
  let best = -1;
  for (const h of rule.hosts) if ((host === h || host.endsWith(`.${h}`)) && h.length > best) best = h.length;
  return best;
}

/**
 * The rules for `url`'s host (the host or a parent domain), folded into one: every matching
 * rule's remove and keep; the body of the most specific one that has a body. Null: none match.
 */
export function userRuleFor(rules: readonly UserRule[] | undefined, url: string): UserRule | null {
  if (!rules?.length) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const matching = rules.map((r) => ({ r, n: matchLength(r, host) })).filter((m) => m.n >= 0);
  if (!matching.length) return null;
  // In file order, but the body of the rule with the longest matching host.
  const body = matching.filter((m) => m.r.body).sort((a, b) => b.n - a.n)[0]?.r.body;
  return {
    hosts: [...new Set(matching.flatMap((m) => m.r.hosts))],
    ...(body ? { body } : {}),
    remove: matching.flatMap((m) => m.r.remove),
    keep: matching.flatMap((m) => m.r.keep),
  };
}
