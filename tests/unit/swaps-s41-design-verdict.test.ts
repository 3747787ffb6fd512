// Stop 41: a verdict drawn from how something works ("Billing is based on the seats purchased,
// so the charges are correct") had no Swap where the second opinion flagged the sentence: the
// rewrites that doubt a record do not fit a design (no "may be wrong" after one: read blind,
// stop 40), and the argument's own Swap on the verdict stood in the sentence Swap's way. The
// verdict goes, the design stays as written; where another flag's Swap makes the same edit, or its
// words lie wholly in what goes, the one Swap stands for all of them.
import { describe, expect, test } from 'vitest';
import { DESIGN_FACT_VERDICT } from '../../src/engine/rules/design-verdict';
import { compileSentenceRewrites, rewriteSentence } from '../../src/engine/sentence-rewrite';
import { applySwap, flagsOf } from './swap-helpers';

const rewrites = compileSentenceRewrites([DESIGN_FACT_VERDICT]);
const rewritten = (sentence: string) => {
  const r = rewriteSentence(sentence, 0, sentence.length, rewrites);
  return r ? sentence.slice(0, r.start) + r.replacement + sentence.slice(r.end) : null;
};

describe('the verdict after a design goes, the design stays', () => {
  test.each([
    ['Billing is based on the number of seats purchased, not active users, so the charges are correct.', 'Billing is based on the number of seats purchased, not active users.'],
    ['As explained on your bill, usage is read directly from the meter, so the figure is accurate.', 'As explained on your bill, usage is read directly from the meter.'],
    ['Matchmaking is based on hidden MMR, not level, so that’s working as intended.', 'Matchmaking is based on hidden MMR, not level.'],
  ])('%s', (sentence, expected) => {
    expect(rewritten(sentence)).toBe(expected);
  });

  test.each([
    // The customer's own doing, not a design.
    'Delivery is charged to you by weight, so the fee is correct.',
    // A machine said not to err: the claim would stay.
    'Your meter is read automatically, so the bill is correct.',
    // A record read out: its doubt is another rewrite's.
    'The log shows usage is based on your meter, so the bill is correct.',
    // No design, only the verdict's reason.
    'You booked after the cut-off, so the fee is correct.',
  ])('none: %s', (sentence) => {
    expect(rewritten(sentence)).toBeNull();
  });
});

describe('in a reply: one Swap for the sentence and the argument in it', () => {
  test.each([
    ['Hi Sam. Council tax is based on the band the Valuation Office sets, so the bill is correct.', 'Hi Sam. Council tax is based on the band the Valuation Office sets.'],
    ['Hi Sam. Pricing is based on demand, so that’s working as intended.', 'Hi Sam. Pricing is based on demand.'],
  ])('%s', (reply, expected) => {
    const flags = flagsOf(reply);
    const sentence = flags.find((f) => f.ruleId === 'system-says');
    expect(sentence, 'the second opinion flags the sentence').toBeDefined();
    expect(sentence!.swap).toBe(true);
    expect(applySwap(reply, sentence!)).toBe(expected);
    for (const f of flags.filter((g) => g.ruleId === 'argue-defend')) expect(applySwap(reply, f)).toBe(expected);
  });
});
