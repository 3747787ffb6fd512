// admit-error: the customer's side read as a report of our error only when it is one, and the
// reply's admission read in the wordings it comes in (RULES.md: "…or similar").
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const scoreReply = createScorer();
const suggests = (customer: string, reply: string) =>
  scoreReply({ customer, reply })
    .findings.filter((f) => f.kind === 'suggestion')
    .some((f) => f.ruleId === 'admit-error');

describe('admit-error: a fact of theirs against our record is an error report', () => {
  test.each([
    ['I never made that £80 payment to StreamBox. Take it off.', 'The payment was taken on 3 May.'],
    ['Apparently I collected the parcel from the locker. I never went near it.', 'The locker was opened at 14:02.'],
    ['My renewal went up because of a claim, but we have never had a claim on this car.', 'Your premium is now £640.'],
    ['The invoice lists a night on 3 May. I was never at your hotel that week.', 'The invoice stands at £120.'],
  ])('%s', (customer, reply) => expect(suggests(customer, reply)).toBe(true));
});

describe('admit-error: a request is not an accusation', () => {
  test.each([
    ['Could you put my subscription on pause while I am travelling?', 'Your subscription is paused until 1 June.'],
    ['Please can you put my order on hold until I am back?', 'Your order is on hold until 3 June.'],
  ])('%s', (customer, reply) => expect(suggests(customer, reply)).toBe(false));
});

describe('admit-error: the admission in its wordings keeps it quiet', () => {
  const customer = 'You charged me twice for the same order!';
  test.each([
    'Our billing record could well be wrong here, and I am checking it now.',
    'That charge should never have gone through, and I have reversed it.',
    'It is definitely on our side, and I have refunded the second charge.',
    'Payment logs are sometimes wrong, so I have asked for the bank trace.',
    'The second payment got stuck on our end and was retried. I have refunded it.',
    'We fell well short here, and I have refunded the second charge.',
  ])('%s', (reply) => expect(suggests(customer, reply)).toBe(false));
});

// next-steps: a step already taken, or a time said in the wordings it comes in, is what happens next.
const nextSteps = (customer: string, reply: string) =>
  scoreReply({ customer, reply })
    .findings.filter((f) => f.kind === 'suggestion')
    .some((f) => f.ruleId === 'next-steps');

describe('next-steps: the step and its time, in more wordings', () => {
  test.each([
    ['My card is frozen and my rent is due!', 'I have unfrozen your card just now, so you can pay your rent today.'],
    ['My booking vanished from the app.', 'I have rebooked you for Thursday at 10am on the same court.'],
    ['The invoice has the wrong company name on it.', 'I will email you a corrected invoice within the hour.'],
    ['No water pressure since Monday, help?', 'A main has burst on Kings Road and the crew expects pressure back by 8pm.'],
    ['Where is my refund? It has been ages.', 'Your refund will be credited within 7 banking days.'],
  ])('%s', (customer, reply) => expect(nextSteps(customer, reply)).toBe(false));
});

// sincere-apology: a problem told by how long it has gone on, what stopped, a defect in the thing,
// or a rise as a share is a problem the customer is unhappy about.
const apologySuggested = (customer: string, reply: string) =>
  scoreReply({ customer, reply })
    .findings.filter((f) => f.kind === 'suggestion')
    .some((f) => f.ruleId === 'sincere-apology');

describe('sincere-apology: more of the ways a problem is told', () => {
  test.each([
    ['My parcel has been sitting in transit for 9 days.', 'It is with the courier.'],
    ['The kettle stopped boiling after a week.', 'Kettles are covered for a year.'],
    ['The table came with a dent in the top.', 'Tables are checked before they leave.'],
    ['My home insurance went up 45% this year.', 'Prices are reviewed every year.'],
  ])('%s', (customer, reply) => expect(apologySuggested(customer, reply)).toBe(true));
});

// own-it: what the reply rules out, or a way of speaking, is no commitment.
const fired = (customer: string, reply: string, id: string) =>
  scoreReply({ customer, reply })
    .findings.filter((f) => f.kind === 'suggestion')
    .some((f) => f.ruleId === id);

describe('own-it: no commitment in a refusal or a way of speaking', () => {
  test.each([
    ['My refund still has not arrived after 3 weeks.', 'Refunds are sent by the bank, and there is nothing else I can offer you.'],
    ['My refund still has not arrived after 3 weeks.', 'Refunds go through the bank, and there is no other option I can give you.'],
    ['Why was I charged twice this month?', 'I will say it again: both payments were for different months.'],
  ])('%s / %s', (customer, reply) => expect(fired(customer, reply, 'own-it')).toBe(true));
});

// restate-problem: the same concern in other words is named ("shattered" / "damage", "frozen" / "unfrozen").
describe('restate-problem: a word of the same family names the issue', () => {
  test.each([
    ['The mirror arrived shattered.', 'Unfortunately we cannot cover damage caused in transit.'],
    ['My account has been frozen since Monday.', 'I have unfrozen it now.'],
    ['My broadband speed drops every evening.', 'There is congestion on the internet line in your area until Friday.'],
  ])('%s / %s', (customer, reply) => expect(fired(customer, reply, 'restate-problem')).toBe(false));
});
