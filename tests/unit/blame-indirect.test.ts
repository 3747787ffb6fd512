// Indirect blame in `blame-shift`: the customer's act given as the cause of a refusal, a slip of theirs
// told in the passive, another party named as the one to answer for it, a guess at a slip on their
// side, a lecture for next time. Every reply is our own wording, not an evaluation case: each shape
// catches wordings it was not built on, and stays quiet on the near misses beside it. Scored without
// the learned model, so what is tested is the frames alone.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const score = createScorer({}, undefined, null);
const blames = (reply: string) => score({ reply }).findings.some((f) => f.kind === 'flag' && f.ruleId === 'blame-shift');

const FIRES: [family: string, reply: string][] = [
  ['their act as the cause of a refusal', 'The upgrade was refused as you declined the credit check.'],
  ['their act as the cause of a refusal', 'Since you turned down the inspection, we had no way to spot the crack.'],
  ['their act as the cause of a refusal', 'The photo wasn’t accepted because you sent it as a screenshot instead of the original file.'],
  ['their act as the cause of a refusal', 'You opted out of text alerts, so we are unable to tell you about changes by SMS.'],
  ['their step not taken, in the passive', 'The invoice was estimated because no reading was provided for the quarter.'],
  ['their step not taken, in the passive', 'We charged the late fee despite two reminders being emailed to you.'],
  ['their step not taken, in the passive', 'The jacket wasn’t cared for as recommended on the label.'],
  ['their slip told in the passive', 'The form was filled in incorrectly.'],
  ['their slip told in the passive', 'The application was submitted after the closing date.'],
  ['their slip told in the passive', 'The item was returned without its original packaging, so we can’t refund it.'],
  ['their slip told in the passive', 'The tickets were booked for the wrong day.'],
  ['their slip told in the passive', 'If the meter reading had been sent in, the bill would not be estimated.'],
  ['a term they had', 'The parcel was left in line with the safe-place instructions you selected.'],
  ['a term they had', 'You were therefore well aware of the charge before you booked.'],
  ['a term they had', 'As detailed in the welcome pack you received, the pool closes in October.'],
  ['the fault in their kit or habits', 'Stuttering is usually caused by your home wifi, so please restart the router.'],
  ['the fault in their kit or habits', 'Faded prints usually come from the frame being hung in direct sunlight.'],
  ['another party to answer for it', 'Your bank would be best placed to help with this.'],
  ['another party to answer for it', 'You’d be better off asking your bank.'],
  ['another party to answer for it', 'Responsibility for lost parcels lies with the courier.'],
  ['another party to answer for it', 'It’s the courier who is responsible for this.'],
  ['another party to answer for it', 'The airline handles all claims for delayed bags.'],
  ['another party to answer for it', 'Pensions are paid by the central payments office and this desk has no further role in the matter.'],
  ['another party to answer for it', 'Fitters are supplied via a third-party firm, so any damage claims go through them.'],
  ['another party to answer for it', 'A refund request has to be raised by the seller, not the buyer.'],
  ['a lecture for next time', 'Please make sure your delivery notes are accurate next time.'],
  ['a lecture for next time', 'You should double-check the passenger names before confirming.'],
  ['a guess at a slip on their side', 'Your finance team must have filtered our reminder emails.'],
  ['a guess at a slip on their side', 'The subscription will have been cancelled on your end.'],
  ['a guess at a slip on their side', 'Your own wiring is just as likely to be the cause.'],
];

const QUIET: [family: string, reply: string][] = [
  ['a refusal they asked for', 'The order was cancelled because you asked us to cancel it.'],
  ['a cause that is ours', 'Your refund was delayed because the payment was not released by our bank.'],
  ['a cause that is ours', 'The crash was caused by a bug in our last update, and I’ve rolled it back.'],
  ['a choice that helps them', 'Because you chose express, it will arrive tomorrow.'],
  ['our slip, in the passive', 'I’m sorry the wrong size was sent to you.'],
  ['our slip, in the passive', 'Your parcel was sent to the wrong depot, and I’ve had it redirected.'],
  ['what the agent will make sure of', 'I’ll make sure this doesn’t happen next time.'],
  ['a plain instruction', 'Please make sure you have your order number handy when you call.'],
  ['a hypothetical that is not theirs', 'If the parcel had been delivered, tracking would show it.'],
  ['a form that went through', 'The claim was made on Monday and I’ve approved it.'],
];

describe('blame-shift: indirect blame', () => {
  test.each(FIRES)('%s: %s', (_family, reply) => expect(blames(reply)).toBe(true));
  test.each(QUIET)('quiet, %s: %s', (_family, reply) => expect(blames(reply)).toBe(false));
});

// The Swaps turn "you selected the wrong dates" into "the wrong dates were selected": the passive
// without the finger is the better move, so it is not flagged again.
test('the passive a Swap makes is not flagged as blame', () => {
  expect(blames('The wrong dates were selected when booking, so the hotel charged for both nights.')).toBe(false);
  expect(blames('The claim was declined because the previous leak wasn’t declared.')).toBe(false);
});
