// Shape-level Swaps for `blame-shift`, read from the sentence as the agent wrote it: the customer's
// act given as the cause (what followed kept, the fault dropped, the agent's next step added), and
// another party's part said of what it covers (the agent takes it up with them). Our own wording,
// not evaluation cases. Scored without the learned model, so the frames' flags are what is turned.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { applyEdit, swapEdit, swapRange } from '../../src/engine/swap';

const score = createScorer({}, undefined, null);
const swapped = (reply: string): string | undefined => {
  const f = score({ reply }).findings.find((x) => x.ruleId === 'blame-shift' && x.swap);
  if (!f) return undefined;
  const r = swapRange(f);
  return applyEdit(reply, swapEdit(reply, r.start, r.end, f.replacement));
};

describe('blame-shift: shape-level Swaps', () => {
  test.each([
    [
      'You must have tried after the desk closed, which is why the late fee applied.',
      'The late fee applied. I’m sorry about that, and I’ll go through what I can do to put it right with you.',
    ],
    [
      'Hi, you probably forgot to renew, so the cover lapsed.',
      'Hi, the cover lapsed. I’m sorry about that, and I’ll go through what I can do to put it right with you.',
    ],
    [
      'Roof repairs are your landlord’s responsibility.',
      'Roof repairs are something your landlord can help with, and I can send you what we have on this to share with them.',
    ],
  ])('%s', (reply, after) => expect(swapped(reply)).toBe(after));

  test('what followed is kept only where it does not blame too', () => {
    expect(swapped('You must have tried after the desk closed, so that is down to you.') ?? '').not.toContain('down to you. I’m sorry');
  });
});
