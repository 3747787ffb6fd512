// Stop 40, round 3: a record cited in a lead before a clause that quotes a record again ("As per
// our records, the system shows it was delivered, …") had a Swap for the lead (it goes) but only
// advice for the clause: a rewrite after the lead said the record twice. The clause's Swap now
// takes the lead too, made as the sentence reads once the lead's own Swap has gone, so that the
// popup, which makes one Swap and scores again, ends on the same words in either order. The
// lead's cards offer that one Swap with it, in the same words.
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/engine';
import { applySwap, flagsOf } from './swap-helpers';

const DANA =
  'Hi Dana. It is our policy not to refund. As per our records, the system shows it was delivered, so you must have missed it. Sorry for the inconvenience.';

const flagOn = (reply: string, rule: string, words: string): Finding => {
  const f = flagsOf(reply).find((g) => g.ruleId === rule && g.text.toLowerCase() === words.toLowerCase());
  expect(f, `a ${rule} flag on ${JSON.stringify(words)} in ${JSON.stringify(reply)}`).toBeDefined();
  expect(f!.swap, `a Swap for ${JSON.stringify(words)}`).toBe(true);
  return f!;
};

/** The reply after the clause's Swap alone, and after the lead's Swap, a fresh score, then the clause's. */
function bothOrders(reply: string, lead: string, clause: string): { clauseFirst: string; leadFirst: string } {
  const clauseFirst = applySwap(reply, flagOn(reply, 'system-says', clause));
  // The lead's Swap as it was before this change: the lead alone left out, the clause as written.
  const leadGone = reply.replace(new RegExp(`${lead}, (\\w)`), (_, c: string) => c.toUpperCase());
  expect(leadGone).not.toBe(reply);
  const leadFirst = applySwap(leadGone, flagOn(leadGone, 'system-says', clause));
  return { clauseFirst, leadFirst };
}

describe('a clause after a lead that cites the record: one Swap over both, the same in either order', () => {
  test('the popup demo reply', () => {
    const { clauseFirst, leadFirst } = bothOrders(DANA, 'As per our records', 'the system shows');
    expect(clauseFirst).toBe(
      'Hi Dana. It is our policy not to refund. Our records show it was delivered, but they may be wrong, so if you have anything that shows otherwise, send it to me and I’ll look again. Sorry for the inconvenience.',
    );
    expect(leadFirst).toBe(clauseFirst);
  });

  test.each([
    [
      'Thanks for waiting. According to our system, the tracking shows your order arrived on 3 May.',
      'According to our system',
      'the tracking shows',
      'Thanks for waiting. Our records show your order arrived on 3 May, but they may be wrong, so I’m checking.',
    ],
    [
      'Hi Priya. As per the system, our records show you cancelled the booking on 4 June. Have a good day.',
      'As per the system',
      'our records show',
      'Hi Priya. Our records show you cancelled the booking on 4 June, but they may be wrong, so I’m checking. Have a good day.',
    ],
  ])('%j', (reply, lead, clause, expected) => {
    const { clauseFirst, leadFirst } = bothOrders(reply, lead, clause);
    expect(clauseFirst).toBe(expected);
    expect(leadFirst).toBe(expected);
  });

  test('the record is said once, and every card of the sentence offers the one Swap in the same words', () => {
    const cards = flagsOf(DANA).filter((f) => ['system-says', 'corporate-speak'].includes(f.ruleId));
    expect(cards.map((f) => f.text)).toEqual(['As per', 'As per our records', 'the system shows']);
    for (const f of cards) {
      expect(f.swap).toBe(true);
      expect(f.replacement).toBe(cards[2]!.replacement);
      expect(f.swapSpan).toEqual(cards[2]!.swapSpan);
    }
    expect(applySwap(DANA, cards[0]!).match(/records/gi)).toHaveLength(1);
  });
});

describe('two cards that share one doubting Swap offer it in the same words', () => {
  test('a record contradicted after another record was doubted: the second doubt only, on both cards', () => {
    const reply = "Our logs show the card was used in Leeds. If you think that's wrong, the data says otherwise.";
    const shared = flagsOf(reply).filter((f) => f.text.toLowerCase().startsWith('the data says'));
    expect(shared.map((f) => f.ruleId).sort()).toEqual(['argue-defend', 'system-says']);
    for (const f of shared) expect(applySwap(reply, f)).toBe('Our logs show the card was used in Leeds. Our records show something different, but they may be wrong.');
  });
});
