// Stop 42: whose duty a step was ("It was your responsibility to return the keys by Friday") and a
// bare verdict after a condition ("If that was a mistake, it was yours") had only advice. The
// lead's placeholder-step decision: the blame goes, the step is kept as what was needed, with no
// one named as having failed it, and the agent's next step follows as one blank.
import { describe, expect, test } from 'vitest';
import { NEXT_STEP } from '../../src/engine/rules/next-step';
import { applySwap, expectSwap, flagsOf } from './swap-helpers';

const noSlipSwap = (reply: string, words: string) => {
  const f = flagsOf(reply).find((g) => g.ruleId === 'blame-shift' && g.text === words);
  expect(f, `a flag on ${words}`).toBeDefined();
  expect(f!.swap ? f!.replacement : '').not.toMatch(/needed (?:is|was) to|^here is what I’ll do now/u);
};

describe('a step said to be someone’s duty: what was needed, then the agent’s next step', () => {
  test.each([
    ['It was your responsibility to return the keys by Friday.', 'It was your responsibility to', `What was needed was to return the keys by Friday; ${NEXT_STEP}.`],
    ['It’s their responsibility to confirm the delivery slot.', 'It’s their responsibility', `What’s needed is to confirm the delivery slot; ${NEXT_STEP}.`],
    ['The onus is on the account owner to remove unused licences.', 'The onus is on the', `What’s needed is to remove unused licences; ${NEXT_STEP}.`],
  ])('%s', (reply, words, expected) => {
    expectSwap('blame-shift', `Hi Sam. ${reply}`, words, `Hi Sam. ${expected}`);
  });

  // Its facts kept where they are (a date, an amount): engine-rewrite and swaps4-blame held these
  // without a Swap while the only rewrite on offer dropped them.
  test.each([
    ['It was up to you to check the fare before 5 May.', `What was needed was to check the fare before 5 May; ${NEXT_STEP}.`],
    ['It is the customer’s responsibility to pay the £40 balance by Friday.', `What’s needed is to pay the £40 balance by Friday; ${NEXT_STEP}.`],
  ])('%s keeps its facts', (reply, expected) => {
    const f = flagsOf(reply).find((g) => g.ruleId === 'blame-shift' && g.swap);
    expect(f, 'a Swap').toBeDefined();
    expect(applySwap(reply, f!)).toBe(expected);
  });

  test.each([
    // A second clause that says they did not: the passive would leave it dangling.
    ['Hi Sam. It was up to you to tell us about the extension, and you didn’t.', 'It was up to you to'],
    // After a condition: no "what was needed" in the middle of a sentence.
    ['Hi Sam. If the dent was there, it was your responsibility to point it out before driving away.', 'it was your responsibility to'],
  ])('not: %s', (reply, words) => noSlipSwap(reply, words));
});

describe('a bare verdict after a condition: the condition kept, the agent’s next step in the verdict’s place', () => {
  test.each([
    ['If that was an error, it was yours.', 'error, it was yours', `If that was an error, ${NEXT_STEP}.`],
    ['If you moved house without updating it, that’s on your end.', 'that’s on your end', `If you moved house without updating it, ${NEXT_STEP}.`],
    ['If the parcel was left outside, that’s on you.', 'that’s on you', `If the parcel was left outside, ${NEXT_STEP}.`],
  ])('%s', (reply, words, expected) => {
    expectSwap('blame-shift', `Hi Sam. ${reply}`, words, `Hi Sam. ${expected}`);
  });

  test.each([
    // Put on a third party, not on the customer: that verdict has its own advice.
    ['Hi Sam. If it was damaged in transit, that’s on the courier.', 'that’s on the courier'],
    // Not after "when", which states how things always go rather than a condition of this case.
    ['Hi Sam. When the form is late, that’s your problem.', 'that’s your problem'],
  ])('not: %s', (reply, words) => noSlipSwap(reply, words));
});
