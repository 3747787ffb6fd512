// A Swap that rewrites a whole clause stops where the agent joined a fact of their own on to it
// (", and our records indicate…"): the fact stays, as a sentence of its own, and keeps its own
// flag's Swap; a refusal or verdict joined on is still the rewrite's to replace, and words that
// only go on with the clause ("…closes and the refund is processed") stay inside the rewrite.
import { describe, expect, test } from 'vitest';
import { applySwap, flagsOf } from './swap-helpers';

/** The reply with the Swap of the rule's flag on `words` made, then (re-scored, as the page does) the Swap of the flag on `then`. */
function bothSwapped(reply: string, first: [string, string], then?: [string, string]): string {
  const hit = flagsOf(reply).find((f) => f.ruleId === first[0] && f.text.toLowerCase() === first[1].toLowerCase());
  expect(hit?.swap, `a ${first[0]} Swap on ${first[1]}`).toBe(true);
  const once = applySwap(reply, hit!);
  if (!then) return once;
  const next = flagsOf(once).find((f) => f.ruleId === then[0] && f.text.toLowerCase() === then[1].toLowerCase());
  expect(next?.swap, `a ${then[0]} Swap on ${then[1]}`).toBe(true);
  return applySwap(once, next!);
}

const DANA =
  'Hi Dana,\n\nI understand your frustration. It is our policy to hold refunds until the billing cycle closes, and our records indicate both payments went through. Please be advised that there is nothing we can do before then.';

describe('a fact joined on after a rewritten clause is kept', () => {
  test('policy-shield: the records clause stays, with a system-says Swap of its own', () => {
    const flags = flagsOf(DANA);
    const policy = flags.find((f) => f.ruleId === 'policy-shield')!;
    const records = flags.find((f) => f.ruleId === 'system-says')!;
    expect(policy.swapSpan?.text).toBe('It is our policy to hold refunds until the billing cycle closes, and');
    // Its own Swap, not the policy's: the two stretches lie apart.
    expect(records.swap).toBe(true);
    expect(records.swapSpan?.text).toBe('our records indicate both payments went through');
    expect(applySwap(DANA, policy)).toContain(
      'We hold refunds until the billing cycle closes, but here is what I can do: [what you can offer]. Our records indicate both payments went through. Please',
    );
  });

  test('policy-shield then system-says, and the other way round, read as the same two sentences', () => {
    const expected =
      'We hold refunds until the billing cycle closes, but here is what I can do: [what you can offer]. Our records show both payments went through, but they may be wrong,';
    expect(bothSwapped(DANA, ['policy-shield', 'It is our policy'], ['system-says', 'Our records indicate'])).toContain(expected);
    expect(bothSwapped(DANA, ['system-says', 'our records indicate'], ['policy-shield', 'It is our policy'])).toContain(expected);
  });

  test.each([
    // system-says: the record doubted, the driver's act kept.
    [
      'Our system shows the parcel was delivered on Monday, and the driver left a card at your door.',
      ['system-says', 'Our system shows'],
      'Our records show the parcel was delivered on Monday, but they may be wrong, so I’m checking. The driver left a card at your door.',
    ],
    // dead-end: the door opened, the refund already made kept.
    [
      'There is nothing further we can do on this order, and your card was refunded yesterday.',
      ['dead-end', 'There is nothing further we can do'],
      'Here is what I can do on this order: [what you can offer]. Your card was refunded yesterday.',
    ],
    // dead-end joined by "and" to the fact before it: the invoice after it stays.
    [
      'The fee stands and there is no way round it, and the invoice went out on Monday.',
      ['dead-end', 'there is no way round it'],
      'The fee is still in place, but here is what I can do: [what you can offer]. The invoice went out on Monday.',
    ],
    // The record first, the rule joined after it: each keeps the other.
    [
      'Our records indicate both payments went through, and it is our policy to hold refunds until the billing cycle closes.',
      ['system-says', 'Our records indicate'],
      'Our records show both payments went through, but they may be wrong, so I’m checking. It is our policy to hold refunds until the billing cycle closes.',
    ],
  ] as const)('%j', (reply, [ruleId, words], expected) => {
    expect(bothSwapped(reply, [ruleId, words])).toBe(expected);
  });

  // Where the clause's own rewrite does not fit with a fact after it, no Swap of any rule drops the fact.
  test.each([
    ['I’m not allowed to change the delivery address, and the parcel left the depot this morning.', 'the parcel left the depot this morning'],
    ['This is the courier’s fault, and the tracking shows it left our warehouse on time.', 'it left our warehouse on time'],
  ])('%j keeps %j', (reply, fact) => {
    const swaps = flagsOf(reply).filter((f) => f.swap);
    expect(swaps.length).toBeGreaterThan(0);
    for (const f of swaps) expect(applySwap(reply, f).toLowerCase()).toContain(fact);
  });
});

describe('what is still the rewrite’s', () => {
  test.each([
    // A refusal joined on is what the offer or the doubt stands in for.
    ['Our system shows the parcel was delivered on Monday, and I can’t change that.', ['system-says', 'Our system shows'], 'Our records show the parcel was delivered on Monday, but they may be wrong, so I’m checking.'],
    ['We have nothing further to add on this matter, and the ticket has been closed.', ['dead-end', 'We have nothing further to add'], 'Here is what I can do: [what you can offer].'],
    // Not a clause of its own: what the refund waits for goes on inside the rewrite, not lost.
    [
      'It is our policy to hold refunds until the billing cycle closes and the refund is processed.',
      ['policy-shield', 'It is our policy'],
      'We hold refunds until the billing cycle closes and the refund is processed, but here is what I can do: [what you can offer].',
    ],
  ] as const)('%j', (reply, [ruleId, words], expected) => {
    expect(bothSwapped(reply, [ruleId, words])).toBe(expected);
  });
});
