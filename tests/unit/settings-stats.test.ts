// Per-rule fire counts for the options page's chart: counts only, pruned, per day.
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/engine';
import { addCounts, dayOf, emptyStats, FireCounter, KEEP_DAYS, parseStats, STATS_KEY, summarize } from '../../src/shared/settings-stats';
import { fakeArea } from './settings-fakes';

const finding = (ruleId: string): Finding => ({
  ruleId, kind: 'flag', category: 'ownership', severity: 'warn', start: 0, end: 4, text: 'text', message: '', replacement: '',
});
const NOW = new Date(2026, 10, 23, 15, 0);

describe('rule fire counts', () => {
  it('adds to today and drops days older than the window', () => {
    const old = { version: 1 as const, days: { '2026-01-01': { 'dead-end': 9 }, [dayOf(NOW)]: { 'dead-end': 1 } } };
    expect(addCounts(old, NOW, new Map([['dead-end', 2], ['own-it', 1]]))).toEqual({
      version: 1,
      days: { [dayOf(NOW)]: { 'dead-end': 3, 'own-it': 1 } },
    });
    const edge = new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() - (KEEP_DAYS - 1));
    expect(Object.keys(addCounts({ version: 1, days: { [dayOf(edge)]: { x: 1 } } }, NOW, new Map()).days)).toContain(dayOf(edge));
  });

  it('sums the last weeks per rule, most frequent first, with a count per week', () => {
    const stats = addCounts(
      { version: 1, days: { '2026-11-02': { 'dead-end': 4 }, '2026-11-20': { 'own-it': 1, 'dead-end': 1 }, '2026-09-01': { 'own-it': 50 } } },
      NOW,
      new Map([['own-it', 1]]),
    );
    expect(summarize(stats, NOW)).toEqual([
      { ruleId: 'dead-end', total: 5, weeks: [4, 0, 0, 1] },
      { ruleId: 'own-it', total: 2, weeks: [0, 0, 0, 2] },
    ]);
  });

  it('reads anything malformed as no counts', () => {
    expect(parseStats({ version: 1, days: { yesterday: { a: 1 } } })).toEqual(emptyStats());
    expect(parseStats({ version: 1, days: { '2026-11-01': { a: -1 } } })).toEqual(emptyStats());
    expect(parseStats(undefined)).toEqual(emptyStats());
  });

  it('counts a rule once while it stays in a tab’s findings, again after it left, and stores counts only', async () => {
    vi.useFakeTimers();
    try {
      const area = fakeArea();
      const counter = new FireCounter(area, () => NOW);
      counter.record(1, [finding('dead-end')]);
      counter.record(1, [finding('dead-end'), finding('dead-end')]); // still typing: not again
      counter.record(1, []);
      counter.record(1, [finding('dead-end')]); // came back
      counter.record(2, [finding('dead-end'), finding('own-it')]); // another tab
      counter.forget(2);
      counter.record(2, [finding('own-it')]);
      await vi.runAllTimersAsync();
      expect(area.data[STATS_KEY]).toEqual({ version: 1, days: { [dayOf(NOW)]: { 'dead-end': 3, 'own-it': 2 } } });
      expect(JSON.stringify(area.data)).not.toContain('text');
    } finally {
      vi.useRealTimers();
    }
  });
});
