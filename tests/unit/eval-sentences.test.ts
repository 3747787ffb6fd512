// The ready sentences the blind reader sees (tests/eval/sentences.ts): a swap that keeps the
// reply's own full stop is shown with it, as it reads in place.
import { describe, expect, it } from 'vitest';
import { filledSentences, inHalf, pick } from '../eval/sentences';

describe('filled sentences for the reader', () => {
  const customer = 'I was charged twice for my order last week and nobody has answered my emails.';

  it('shows an in-place swap with the full stop the reply keeps', () => {
    const found = filledSentences([{ id: 'x', customer, reply: 'Sorry for the inconvenience. I will look into it today.' }]);
    const swap = found.find((s) => s.kind === 'flag' && s.ruleId === 'canned-empathy');
    expect(swap).toBeDefined();
    expect(swap!.sentence).toMatch(/^I’m sorry .*\.$/);
    // The reader is shown what the swap takes the place of, so it is not read as a second apology.
    expect(swap!.replaces).toBe('Sorry for the inconvenience.');
  });

  it('leaves out the agent’s greeting however they spell it ("Heyy,", "Hiya,"): it is theirs, not the sentence', () => {
    for (const greeting of ['Heyy, ', 'Hiya Sam, ']) {
      const found = filledSentences([{ id: 'z', customer, reply: `${greeting}sorry for the inconvenience. I will look into it today.` }]);
      const swap = found.find((s) => s.kind === 'flag' && s.ruleId === 'canned-empathy');
      expect(swap?.sentence).toMatch(/^I’m sorry /);
    }
  });

  it('leaves a ready sentence that has its own stop as it is', () => {
    for (const s of filledSentences([{ id: 'y', customer, reply: 'Ok.' }])) expect(s.sentence).toMatch(/[.!?:]$/);
  });

  it('carries the reply the sentence goes into, for a reader who judges it in context', () => {
    const reply = 'Sorry for the inconvenience. I will look into it today.';
    const found = filledSentences([{ id: 'r', customer, reply }]);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s.reply).toBe(reply);
  });
});

describe('the reader sample', () => {
  const ids = Array.from({ length: 200 }, (_, i) => `case-${i}`);

  it('splits a set into two halves that share no case and cover all', () => {
    const a = ids.filter((id) => inHalf(id, 'a'));
    const b = ids.filter((id) => inHalf(id, 'b'));
    expect(a.length + b.length).toBe(ids.length);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    // Neither half is empty or nearly all: a hash, not a position.
    expect(a.length).toBeGreaterThan(60);
    expect(b.length).toBeGreaterThan(60);
  });

  it('picks the same sentences whatever order they come in', () => {
    const rows = ids.map((id) => ({ id, customer: 'c', reply: 'r', ruleId: 'sincere-apology', kind: 'suggestion' as const, sentence: id, clause: id }));
    const first = pick(rows, 25).map((r) => r.id);
    const again = pick([...rows].reverse(), 25).map((r) => r.id);
    expect(first).toHaveLength(25);
    expect(again).toEqual(first);
    expect(first).not.toEqual(ids.slice(0, 25));
  });
});
