// The ready sentences the blind reader sees (tests/eval/sentences.ts): a swap that keeps the
// reply's own full stop is shown with it, as it reads in place.
import { describe, expect, it } from 'vitest';
import { filledSentences } from '../eval/sentences';

describe('filled sentences for the reader', () => {
  const customer = 'I was charged twice for my order last week and nobody has answered my emails.';

  it('shows an in-place swap with the full stop the reply keeps', () => {
    const found = filledSentences([{ id: 'x', customer, reply: 'Sorry for the inconvenience. I will look into it today.' }]);
    const swap = found.find((s) => s.kind === 'flag' && s.ruleId === 'canned-empathy');
    expect(swap).toBeDefined();
    expect(swap!.sentence).toMatch(/^I’m sorry .*\.$/);
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
});
