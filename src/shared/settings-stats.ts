// How often each rule fired on this device, per day, for the options page's chart.
// Counts only: no reply text, no page, no time of day. Kept in storage.local for
// KEEP_DAYS days. A rule "fires" when it appears in a reply's findings where the
// previous check of the same tab did not have it, so typing on does not count it again.
import * as v from 'valibot';
import type { Finding } from '../engine/types';
import type { StorageArea } from './settings-store';

export const STATS_KEY = 'ruleStats';
export const KEEP_DAYS = 56;
const FLUSH_MS = 2000;

const StatsSchema = v.object({
  version: v.literal(1),
  /** `YYYY-MM-DD` → rule id → count. */
  days: v.record(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)), v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0)))),
});
export type Stats = v.InferOutput<typeof StatsSchema>;

export const emptyStats = (): Stats => ({ version: 1, days: {} });

export function parseStats(raw: unknown): Stats {
  const parsed = v.safeParse(StatsSchema, raw);
  return parsed.success ? parsed.output : emptyStats();
}

/** The local calendar day of `date`, as `YYYY-MM-DD`. */
export const dayOf = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

const daysBefore = (date: Date, days: number): string => dayOf(new Date(date.getFullYear(), date.getMonth(), date.getDate() - days));

/** Adds counts to `day` and drops days older than KEEP_DAYS before `now`. */
export function addCounts(stats: Stats, now: Date, counts: ReadonlyMap<string, number>): Stats {
  const day = dayOf(now);
  const oldest = daysBefore(now, KEEP_DAYS - 1);
  const days: Stats['days'] = {};
  for (const [d, rules] of Object.entries(stats.days)) if (d >= oldest) days[d] = { ...rules };
  const today = (days[day] ??= {});
  for (const [ruleId, n] of counts) today[ruleId] = (today[ruleId] ?? 0) + n;
  return { version: 1, days };
}

export interface RuleCount {
  ruleId: string;
  total: number;
  /** Per week, oldest first; the last is the week ending today. */
  weeks: number[];
}

/** Totals per rule over the last `weeks` weeks before `now`, most frequent first. */
export function summarize(stats: Stats, now: Date, weeks = 4): RuleCount[] {
  const byRule = new Map<string, number[]>();
  for (let back = 0; back < weeks * 7; back++) {
    const rules = stats.days[daysBefore(now, back)];
    if (!rules) continue;
    const week = weeks - 1 - Math.floor(back / 7);
    for (const [ruleId, n] of Object.entries(rules)) {
      const row = byRule.get(ruleId) ?? Array.from({ length: weeks }, () => 0);
      row[week]! += n;
      byRule.set(ruleId, row);
    }
  }
  return [...byRule]
    .map(([ruleId, row]) => ({ ruleId, total: row.reduce((a, b) => a + b, 0), weeks: row }))
    .filter((r) => r.total > 0)
    .sort((a, b) => b.total - a.total || a.ruleId.localeCompare(b.ruleId));
}

/**
 * Counts rule firings per tab in the worker, and writes them to storage.local at most
 * every FLUSH_MS (a check runs on every keystroke; storage writes should not).
 */
export class FireCounter {
  private readonly last = new Map<number, Set<string>>();
  private pending = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly area: StorageArea,
    private readonly now: () => Date = () => new Date(),
  ) {}

  record(tabId: number, findings: readonly Finding[]): void {
    const fired = new Set(findings.map((f) => f.ruleId));
    const before = this.last.get(tabId) ?? new Set<string>();
    this.last.set(tabId, fired);
    for (const ruleId of fired) if (!before.has(ruleId)) this.pending.set(ruleId, (this.pending.get(ruleId) ?? 0) + 1);
    if (this.pending.size > 0) this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  }

  /** The tab's reply box went away: its next reply starts afresh. */
  forget(tabId: number): void {
    this.last.delete(tabId);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size === 0) return;
    const counts = this.pending;
    this.pending = new Map();
    try {
      const stored = await this.area.get(STATS_KEY);
      await this.area.set({ [STATS_KEY]: addCounts(parseStats(stored[STATS_KEY]), this.now(), counts) });
    } catch {
      // Storage unavailable (the extension is being unloaded): these counts are lost, nothing else.
    }
  }
}
