// Stop 41, round 2: a step the customer is told they had to take ("You needed to return the form
// by 3 May", "you'd have needed to do that in the app before the 1st") and what they are told
// they did not give us ("You did not give us your new address, so …") had only advice. The same
// fact without "you" as its cause, the deadline and what followed kept, and the agent's next step
// after it — as the "you didn't return it" rewrites already say it.
import { describe, expect, test } from 'vitest';
import { expectSwap, flagsOf } from './swap-helpers';

const NEXT = 'here is what I’ll do now: [the next step you’ll take]';

describe('a duty put on the customer: the step that was needed, and the agent’s next one', () => {
  test.each([
    ['You needed to return the form by 3 May.', 'You needed to return', `The form needed to be returned by 3 May; ${NEXT}.`],
    [
      'You had to cancel the booking before 6pm on the day before arrival.',
      'You had to cancel',
      `The booking needed to be cancelled before 6pm on the day before arrival; ${NEXT}.`,
    ],
    [
      'Telling the front desk doesn’t freeze it, you’d have needed to do that in the app before the 1st.',
      'you’d have needed to',
      `Telling the front desk doesn’t freeze it, that needed to be done in the app before the 1st; ${NEXT}.`,
    ],
    ['You should have cancelled it before 6pm on 2 May.', 'You should have cancelled', `It needed to be cancelled before 6pm on 2 May; ${NEXT}.`],
  ])('%s', (reply, words, expected) => {
    expectSwap('blame-shift', `Hi Sam. ${reply}`, words, `Hi Sam. ${expected}`);
  });
});

describe('what the customer did not give us: what we did not have', () => {
  test.each([
    [
      'You did not give us your new address, so we sent the papers to the old one.',
      'You did not give',
      `We didn’t have your new address, so we sent the papers to the old one; ${NEXT}.`,
    ],
    [
      'You didn’t give us the meter reading on time, so we estimated the bill.',
      'You didn’t give',
      `We didn’t have the meter reading on time, so we estimated the bill; ${NEXT}.`,
    ],
  ])('%s', (reply, words, expected) => {
    expectSwap('blame-shift', `Hi Sam. ${reply}`, words, `Hi Sam. ${expected}`);
  });
});

describe('no Swap where the rest is more than the step and when', () => {
  test.each([
    // A reason or a second clause of the agent's own, which the passive would leave dangling.
    ['You had to return them because they were faulty.', 'You had to return'],
    ['You needed to return the form by 3 May and you did not.', 'You needed to return'],
    // A check the customer is told they missed: "the size chart needed to be checked" still lectures.
    ['You should have checked the size chart on 3 May.', 'You should have checked'],
  ])('%s', (reply, words) => {
    const f = flagsOf(`Hi Sam. ${reply}`).find((g) => g.ruleId === 'blame-shift' && g.text === words);
    expect(f, `a flag on ${words}`).toBeDefined();
    expect(f!.swap ?? false).toBe(false);
  });
});
