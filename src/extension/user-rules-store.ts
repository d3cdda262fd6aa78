// The user's site rules in storage.sync: one item per site ("rule:<first host>"), so that
// every item stays under QUOTA_BYTES_PER_ITEM (8,192 bytes) and the whole under QUOTA_BYTES
// (102,400, shared with the settings). A save that would go past either is refused with a
// reason the options page shows; nothing is written then. Every reader validates what it gets
// (storage may be edited by hand or synced from another version): an invalid item is skipped.
import { ext as browser } from './browser.js';
import { formatCount, t } from './i18n.js';
import { domSelectorCheck, validateRule, type UserRule } from '../rules/user.js';

/** What a stored item is taken for: a rule, or null to skip it. */
export type ReadRule = (value: unknown) => UserRule | null;

/** The full check, selectors parsed by this page's DOM (the options page, the picker). */
export function checkedRule(value: unknown): UserRule | null {
  const r = validateRule(value, domSelectorCheck(document));
  return r.ok ? r.rule : null;
}

export const RULE_KEY_PREFIX = 'rule:';
/** storage.sync's quotas (the same in Chromium and Firefox). */
export const SYNC_QUOTA = { bytesPerItem: 8192, bytes: 102_400, items: 512 } as const;

/** The site a rule is listed under: its first host. */
export function siteOf(rule: UserRule): string {
  return rule.hosts[0]!;
}

const bytes = (s: string): number => new TextEncoder().encode(s).length;

/** What storage.sync counts for an item: the key and the JSON of the value. */
export function itemBytes(key: string, value: unknown): number {
  return bytes(key) + bytes(JSON.stringify(value));
}

export type QuotaProblem = { kind: 'item'; site: string; bytes: number; limit: number } | { kind: 'total'; bytes: number; limit: number } | { kind: 'items'; limit: number };

/** Why a save was refused, in the interface's language. */
export function quotaMessage(p: QuotaProblem): string {
  if (p.kind === 'item') return t('rulesQuotaItem', p.site, formatCount(p.bytes), formatCount(p.limit));
  if (p.kind === 'total') return t('rulesQuotaTotal', formatCount(p.bytes), formatCount(p.limit));
  return t('rulesQuotaItems', p.limit);
}

/** Rules that share a first host become one (hosts, remove and keep joined; the later body wins). */
export function mergeBySite(rules: readonly UserRule[]): UserRule[] {
  const bySite = new Map<string, UserRule>();
  for (const r of rules) {
    const old = bySite.get(siteOf(r));
    if (!old) {
      bySite.set(siteOf(r), { ...r, hosts: [...r.hosts], remove: [...r.remove], keep: [...r.keep] });
      continue;
    }
    const body = r.body ?? old.body;
    bySite.set(siteOf(r), {
      hosts: [...new Set([...old.hosts, ...r.hosts])],
      ...(body ? { body } : {}),
      remove: [...new Set([...old.remove, ...r.remove])],
      keep: [...new Set([...old.keep, ...r.keep])],
    });
  }
  return [...bySite.values()];
}

/** Whether storage holding `all` after the change fits storage.sync's quotas. */
export function quotaProblem(all: Record<string, unknown>): QuotaProblem | null {
  let total = 0;
  const keys = Object.keys(all);
  if (keys.length > SYNC_QUOTA.items) return { kind: 'items', limit: SYNC_QUOTA.items };
  for (const key of keys) {
    const n = itemBytes(key, all[key]);
    if (key.startsWith(RULE_KEY_PREFIX) && n > SYNC_QUOTA.bytesPerItem) return { kind: 'item', site: key.slice(RULE_KEY_PREFIX.length), bytes: n, limit: SYNC_QUOTA.bytesPerItem };
    total += n;
  }
  return total > SYNC_QUOTA.bytes ? { kind: 'total', bytes: total, limit: SYNC_QUOTA.bytes } : null;
}

/** The rules in storage that `read` takes, by site. */
export async function loadUserRules(read: ReadRule): Promise<UserRule[]> {
  let all: Record<string, unknown>;
  try {
    all = await browser.storage.sync.get(null);
  } catch {
    return []; // storage.sync unavailable (policy): no rules
  }
  const rules: UserRule[] = [];
  for (const [key, value] of Object.entries(all)) {
    const r = key.startsWith(RULE_KEY_PREFIX) ? read(value) : null;
    if (r) rules.push(r);
  }
  return rules.sort((a, b) => siteOf(a).localeCompare(siteOf(b)));
}

/**
 * Writes `rules` (validated by the caller), each over the stored rule of its site, and removes
 * the sites in `drop`; refused, with nothing written, when the result would not fit the quotas.
 */
export async function storeRules(rules: readonly UserRule[], drop: readonly string[] = []): Promise<QuotaProblem | null> {
  const all = (await browser.storage.sync.get(null)) as Record<string, unknown>;
  for (const site of drop) delete all[RULE_KEY_PREFIX + site];
  const items: Record<string, UserRule> = {};
  for (const r of rules) items[RULE_KEY_PREFIX + siteOf(r)] = r;
  const problem = quotaProblem({ ...all, ...items });
  if (problem) return problem;
  const gone = drop.map((s) => RULE_KEY_PREFIX + s).filter((k) => !(k in items));
  if (gone.length) await browser.storage.sync.remove(gone);
  if (Object.keys(items).length) await browser.storage.sync.set(items);
  return null;
}
