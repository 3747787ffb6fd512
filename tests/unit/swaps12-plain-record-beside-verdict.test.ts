// Stop 38 (issue 11 §2): a record quoted against a customer who disputes it, where a verdict that
// stands elsewhere in the reply ("The fee remains payable.") makes "…may be wrong, so I'm checking"
// contradict the reply: the record is said as what the agent sees, in place of no Swap at all.
import { describe, expect, test } from 'vitest';
import { expectSwap, flagsWith } from './swap-helpers';

const disputed = { customer: 'You charged me a missed-visit fee but I was home all morning. This is wrong.' };

describe('a record beside a verdict that stands: said as what the agent sees', () => {
  test.each([
    [
      'Our visit log shows the fitter knocked at 10:05 and left a card. We cannot waive the fee and this is our final answer.',
      'Our visit log shows',
      'I can see the fitter knocked at 10:05 and left a card. We cannot waive the fee and this is our final answer.',
    ],
    [
      'Per our records, the call-out was booked for the morning slot on 4 June. The fee therefore stands.',
      'Per our records',
      'I can see the call-out was booked for the morning slot on 4 June. The fee therefore stands.',
    ],
    [
      'I checked the booking and there is no record of a change of date. The charge therefore stands.',
      'there is no record of',
      'I checked the booking and I can’t find a record of a change of date. The charge therefore stands.',
    ],
  ])('%j', (reply, words, expected) => expectSwap('system-says', reply, words, expected, disputed));

  test('with nothing standing against it the doubt is still owned', () => {
    const reply = 'Our visit log shows the fitter knocked at 10:05 and left a card.';
    const f = flagsWith(reply, disputed).find((x) => x.ruleId === 'system-says')!;
    expect(f.replacement).toMatch(/may be wrong, so I’m checking/);
  });

  test('a record that only has it down as something is not said as "I can see it as …"', () => {
    const reply = 'On our end it is showing as paid on 3 May. The fee therefore stands and will not be refunded.';
    const f = flagsWith(reply, disputed).find((x) => x.ruleId === 'system-says');
    if (f?.swap) expect(f.replacement).not.toMatch(/I can see (?:it|them|you) as\b/);
  });
});

describe('a record named by what was seen keeps it: no plain Swap that drops the evidence', () => {
  // Stop 38's read: "I can see the delivery took place…" for "The GPS data … confirms the
  // delivery took place…" was judged worse (the evidence gone, a bare claim left).
  test.each([
    'The tracker’s GPS ping confirms the fitter was at your door at 10:05. The fee therefore stands.',
    'The meter readings show the boiler ran for six hours on 4 June. The charge therefore stands.',
    'The doorbell camera footage shows the fitter knocked at 10:05. We cannot waive the fee and this is our final answer.',
  ])('%j', (reply) => {
    const f = flagsWith(reply, disputed).find((x) => x.ruleId === 'system-says');
    expect(f).toBeDefined();
    expect(f!.replacement).not.toMatch(/^I can see\b/);
  });
});
