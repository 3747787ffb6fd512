// When the moves are called for (issue 16 §2), stop 40: the concepts behind each condition, in
// general form. Each "quiet" case failed on main (3e3ce5e) before the change to the signal it names.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const scoreReply = createScorer();
const suggested = (customer: string, reply: string) =>
  scoreReply({ customer, reply })
    .findings.filter((f) => f.kind === 'suggestion')
    .map((f) => f.ruleId);

describe('admit-error: a reply that takes the report on as its own to put right (reply.takesItOn)', () => {
  test.each([
    // A step of the agent's own on it, nothing said against their account.
    ['tracking says failed delivery, customer not in, but I was home all day!', 'That’s maddening when you stayed in for it. I’ve booked a redelivery for tomorrow morning and I’ll message you by 6pm.'],
    ['My SIM still hasn’t arrived and my number moves tomorrow.', 'Thanks for checking in. I’ve moved your port to Monday and I’ve sent a second SIM by next-day delivery.'],
  ])('quiet: %s', (customer, reply) => expect(suggested(customer, reply)).not.toContain('admit-error'));

  test.each([
    // The same step beside a reply that holds their account is not so, or keeps the charge.
    ['tracking says failed delivery, customer not in, but I was home all day!', 'The scanner data confirms the driver was at your door and got no answer. I’ve booked a redelivery for tomorrow morning.'],
    ['I was charged £199 for a renewal I never asked for.', 'The renewal was taken in line with the terms you accepted, so the charge stands. I’ll email you the receipt.'],
  ])('still suggested: %s', (customer, reply) => expect(suggested(customer, reply)).toContain('admit-error'));
});

describe('next-steps: a fix the agent has already made leaves nothing to time (reply.fixedIt)', () => {
  test.each([
    ['I was charged for Pro after I downgraded to Free.', 'Sorry about that, the downgrade didn’t go through on our end. I’ve refunded this month’s $12.99 and switched you to Free.'],
    ['I deleted my workspace by accident, the archive button is right next to delete!', 'You didn’t break anything, that button sits too close. I’ve restored your workspace, so refresh and it’s back.'],
  ])('quiet: %s', (customer, reply) => expect(suggested(customer, reply)).not.toContain('next-steps'));

  test('a step that starts something still to come still wants its when', () => {
    expect(suggested('The engineer never turned up today.', 'Sorry about that. I’ve rebooked the engineer for you.')).toContain('next-steps');
  });
});
