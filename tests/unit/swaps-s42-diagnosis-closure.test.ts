// Stop 42: a diagnosis that puts the fault in the customer's kit ("The slow speeds are caused by
// your router") had only advice; the lead allowed a Swap that keeps the finding as a neutral fact
// and leaves the agent's next step as a blank (src/engine/rules/next-step.ts). And a record's
// doubt after a closure the Swap keeps ("…the case is closed on our side, but that may be wrong")
// contradicted itself (stop 41's blind read): the closure stays, only the offer to look again follows.
import { describe, expect, test } from 'vitest';
import { NEXT_STEP } from '../../src/engine/rules/next-step';
import { expectSwap, flagsOf, swappedFor } from './swap-helpers';

describe('a diagnosis in the customer’s kit: the finding said of “the” kit, then the agent’s next step', () => {
  test.each([
    ['The slow speeds are caused by your router.', 'caused by your router', `The slow speeds are caused by the router; ${NEXT_STEP}.`],
    [
      'The drop-outs on your line are almost certainly coming from your wifi.',
      'coming from your wifi',
      `The drop-outs on your line are almost certainly coming from the wifi; ${NEXT_STEP}.`,
    ],
    [
      'The dropped calls are most likely due to your handset or the thick walls in your home.',
      'most likely due to your handset',
      `The dropped calls are most likely due to the handset or the thick walls in your home; ${NEXT_STEP}.`,
    ],
    ['The fault is with your modem.', 'fault is with your modem', `The fault looks to be in the modem; ${NEXT_STEP}.`],
  ])('%s', (reply, words, expected) => {
    expectSwap('blame-shift', `Hi Sam. ${reply}`, words, `Hi Sam. ${expected}`);
  });

  test('beside a step the sentence already gives, no Swap: "your" → "the" alone is not worth one (s42 read 1)', () => {
    const reply = 'Hi Sam. Freezing is usually caused by your home network, so please restart the router and try again.';
    const f = flagsOf(reply).find((g) => g.ruleId === 'blame-shift' && g.text === 'caused by your home network');
    expect(f, 'a flag on caused by your home network').toBeDefined();
    expect(f!.swap).toBeFalsy();
  });

  test.each([
    // A person's slip, not kit: "due to the mistake" would still say whose.
    ['The error is due to your mistake.', 'due to your mistake'],
    // The fault put on the customer's own party: theirs, not a finding about kit.
    ['The delay is down to your bank.', 'delay is down to your'],
  ])('no Swap of this kind: %s', (reply, words) => {
    const f = flagsOf(`Hi Sam. ${reply}`).find((g) => g.ruleId === 'blame-shift' && g.text === words);
    expect(f, `a flag on ${words}`).toBeDefined();
    expect(f!.replacement).not.toContain('[the next step');
  });
});

describe('a record inside a closure: no doubt after the closure, the offer to look again only', () => {
  test.each([
    ['Once a booking is logged as cancelled, the case is closed on our side.', 'logged as cancelled'],
    ['After an order is recorded as collected, the claim is closed from our end.', 'recorded as collected'],
  ])('%s', (sentence, words) => {
    const reply = `Hi Sam. ${sentence}`;
    const { after } = swappedFor('system-says', reply, words);
    expect(after).toBe(`Hi Sam. ${sentence.slice(0, -1)}, but if you have anything that shows otherwise, send it to me and I’ll look again.`);
    expect(after).not.toMatch(/may be wrong/);
  });

  test('a record with no closure keeps its doubt', () => {
    const reply = 'Hi Sam. Our warehouse system hasn’t registered your return yet.';
    const { after } = swappedFor('system-says', reply);
    expect(after).toBe('Hi Sam. Our warehouse system hasn’t registered your return yet, but that may be wrong, so I’m checking.');
  });
});
