// When the moves are called for (issue 16 §2): the concepts behind each condition, in general
// form. Each case failed on main before stop 39's change to the signal it names.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const scoreReply = createScorer();
const suggested = (customer: string, reply: string) =>
  scoreReply({ customer, reply })
    .findings.filter((f) => f.kind === 'suggestion')
    .map((f) => f.ruleId);
const NEUTRAL = 'Thanks for getting in touch.';

describe('admit-error: customer.errorReport reads more kinds of report', () => {
  test.each([
    // Part of what they paid for absent.
    'Half my order was missing, no fries and no drinks.',
    // A count after "instead of" ("30", not one digit).
    'My bottle only had 20 tablets in it instead of 30.',
    // A record that disagrees with what happened.
    'I booked 3 nights but the confirmation says 1 night.',
    'The hotel had no record of our reservation when we arrived.',
    // Not what was ordered or shown.
    'The jacket I got is a medium, I ordered a large.',
    'The trainers I got are a different colour to the website photo.',
    // Paid for and not had; one figure quoted, another charged.
    'I bought the deluxe edition and didn’t get the bonus skins.',
    'I was quoted £240 for brakes and the invoice is £390.',
  ])('%s', (customer) => expect(suggested(customer, NEUTRAL)).toContain('admit-error'));

  test('a fix already made leaves nothing to check', () => {
    expect(suggested('I was charged twice for my order.', 'I’ve refunded the duplicate charge of £14.99 to your card.')).not.toContain('admit-error');
  });
});

describe('sincere-apology: customer.problem reads a supply not there and a thing left with us', () => {
  test.each(['Power cut since 6am, fridge full of insulin.', 'I left a necklace in room 304 when I checked out on Sunday.'])('%s', (customer) =>
    expect(suggested(customer, NEUTRAL)).toContain('sincere-apology'),
  );
});

describe('ask-what-they-want: complaints that name no mend', () => {
  test.each(['The receptionist hung up on me this morning.', 'You just deleted the feature I use most. Thanks a lot.'])('%s', (customer) =>
    expect(suggested(customer, NEUTRAL)).toContain('ask-what-they-want'),
  );
  test('not when they say what they want', () => {
    expect(suggested('The receptionist hung up on me. I want an apology from the manager.', NEUTRAL)).not.toContain('ask-what-they-want');
  });
});

describe('acknowledge-repeat: the same thing gone wrong or raised before', () => {
  test.each([
    'The 07:42 to Leeds cancelled AGAIN. Third time this week.',
    'I’ve been told three different things by three different people about my install date.',
    'I reported the leak on Monday and the water is still coming through.',
  ])('%s', (customer) => expect(suggested(customer, NEUTRAL)).toContain('acknowledge-repeat'));
  test.each(['Can you send the code again?', 'My dad’s care package just keeps getting worse.'])('quiet: %s', (customer) =>
    expect(suggested(customer, NEUTRAL)).not.toContain('acknowledge-repeat'),
  );
});

describe('offer-alternative: a no in other words', () => {
  test('a reply that denies their account', () => {
    expect(suggested('The engineer broke my fence panel.', 'That’s not what happened. Our engineer’s notes say the panel was already damaged when he arrived.')).toContain('offer-alternative');
  });
  test('a reply that keeps the charge', () => {
    expect(suggested('Why was I charged a £45 late fee?', 'The £45 late fee is payable in full.')).toContain('offer-alternative');
  });
  test('not beside the nearest thing it can do', () => {
    expect(suggested('Why was I charged a £45 late fee?', 'The £45 late fee is payable, but what I can do is spread it over three months.')).not.toContain('offer-alternative');
  });
});

describe('keep-the-customer: leaving in what they do', () => {
  test.each([
    'That’s it, deleting the app. 45 mins late and stone cold.',
    'If fees go up again we will take both children out at Easter.',
    'Pizza stone cold. never again 🤬',
    'Cancelled an hour before delivery. Switching to another supermarket.',
  ])('%s', (customer) => expect(suggested(customer, NEUTRAL)).toContain('keep-the-customer'));
  test.each(['Can I take the kids out of swimming on Fridays?', 'How do I switch to another plan?'])('quiet: %s', (customer) =>
    expect(suggested(customer, NEUTRAL)).not.toContain('keep-the-customer'),
  );
});
