// The team's labelled sets are data the accuracy figures rest on: every case must parse,
// name only RULES.md's rule ids, and fall in exactly one split.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadSet, splitOf } from '../eval/sets';

const FLAGS = ['policy-shield', 'system-says', 'canned-empathy', 'dead-end', 'blame-shift', 'argue-defend', 'corporate-speak', 'wrong-name', 'unfilled-placeholder', 'we-for-i', 'sorry-for-wait', 'vague-time'];
const SUGGESTIONS = ['restate-problem', 'admit-error', 'offer-alternative', 'own-it', 'sincere-apology', 'next-steps', 'ask-what-they-want', 'thank-feedback', 'offer-call', 'acknowledge-repeat', 'keep-the-customer'];

test('the written cases: at least 2,000, unique ids, known rule ids, no id both suggested and not', () => {
  const cases = (['tune', 'validate', 'sealed'] as const).flatMap((name) => loadSet(name).cases);
  expect(cases.length).toBeGreaterThanOrEqual(2000);
  expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  for (const c of cases) {
    expect(FLAGS, c.id).toEqual(expect.arrayContaining(c.flags));
    expect(SUGGESTIONS, c.id).toEqual(expect.arrayContaining([...c.suggest, ...c.nosuggest]));
    expect(c.suggest.filter((id) => c.nosuggest.includes(id)), c.id).toEqual([]);
  }
});

test('splits are stable and near 6:2:2', () => {
  expect(splitOf('wa-0001')).toBe(splitOf('wa-0001'));
  const ids = Array.from({ length: 5000 }, (_, i) => `case-${i}`);
  const share = (name: string) => ids.filter((id) => splitOf(id) === name).length / ids.length;
  expect(share('tune')).toBeCloseTo(0.6, 1);
  expect(share('validate')).toBeCloseTo(0.2, 1);
  expect(share('sealed')).toBeCloseTo(0.2, 1);
});

test('the real replies: two labellings and the settled one cover the same 600 ids, ids and flag ids only', () => {
  const lines = (file: string) => readFileSync(new URL(`../eval/real/${file}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const selection = readFileSync(new URL('../eval/real/selection.txt', import.meta.url), 'utf8').trim().split('\n');
  expect(selection.length).toBe(600);
  for (const file of ['labels-a.jsonl', 'labels-b.jsonl', 'labels.jsonl']) {
    const labels = lines(file);
    expect(labels.map((l) => l.tweet_id)).toEqual(selection);
    for (const l of labels) {
      expect(Object.keys(l).sort()).toEqual(['flags', 'tweet_id']);
      expect(FLAGS).toEqual(expect.arrayContaining(l.flags as string[]));
    }
  }
});
