// argue-defend, frames of session 36 for wordings no tune batch used (src/engine/rules/flags/
// argue-defend-recall.ts): each family with wordings invented for it, and the near-misses it keeps
// quiet (a correction the agent will make, a cause owned with a fix, a step the agent takes).
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf } from './swap-helpers';

const flagged = (reply: string) => ruleFlagsOf('argue-defend', reply).length > 0;

describe('argue-defend: a correction announced', () => {
  test.each([
    'I need to correct one point in your message: the sale ended on Sunday.',
    'We would like to correct the impression that the fee is hidden.',
    "I'd have to dispute the suggestion that our van blocked your drive.",
    "I wouldn't call it a scam - the fee is listed on our site.",
    'We would hardly describe the room as filthy.',
  ])('caught: %s', (reply) => expect(flagged(reply)).toBe(true));
  test.each([
    'I will correct the statement on your file today.',
    "I wouldn't call it fixed yet, so I'll keep testing it tonight.",
    'I need to correct the address on your order, could you confirm it?',
    "I'd like to correct my earlier email: the refund is \u00a340, not \u00a330. Sorry.",
    'We would not call you at night, only between 9 and 5.',
  ])('quiet: %s', (reply) => expect(flagged(reply)).toBe(false));
});

describe('argue-defend: fault on our side denied by its shape', () => {
  test.each([
    'The outage was not caused by our network, it is a fault with the modem maker.',
    'The hold-up is not due to this office.',
    'There was no negligence on our part.',
    'There is no delay from our side, the order is moving normally.',
    'The crew checked the floor, so the mark was not made by our fitter.',
    'That is not something we would class as a defect.',
  ])('caught: %s', (reply) => expect(flagged(reply)).toBe(true));
  test.each([
    "The delay was not caused by you at all, and I'm sorry for it.",
    'The outage was not caused by our network, but I will still send an engineer today.',
    "There was no delay from your side; the hold-up was ours and I've fixed it.",
    'So the damage was not caused by you, and I have arranged the repair.',
  ])('quiet: %s', (reply) => expect(flagged(reply)).toBe(false));
});

describe('argue-defend: the customer told they were told', () => {
  test.each([
    'The nurse went through the aftercare with you before you left.',
    'Our adviser explained the exit fee to you when you switched.',
    'As explained at checkout, the bag fee is added per passenger.',
    'Anyone reading the letter closely would have noticed the deadline.',
    'Most travellers check that page before they book.',
  ])('caught: %s', (reply) => expect(flagged(reply)).toBe(true));
  test.each([
    'Our adviser went through your statement with the bank this morning.',
    'Our engineer explained the fault when you called, and I have now ordered the part.',
    "As explained in the guide I've attached, you can pause the plan at any time.",
    "Most customers check the tracking page first, so I've added the link below.",
    'The nurse will go through the aftercare with you before you leave.',
  ])('quiet: %s', (reply) => expect(flagged(reply)).toBe(false));
});

describe('argue-defend: an answer repeated, with its reproach', () => {
  test.each([
    'My answer has not changed since my last email.',
    'I have answered this in both of my earlier replies.',
    'We refer you once again to our email of 2 June.',
    'As I made clear on the phone, the deposit stays with the landlord.',
    'As I pointed out yesterday, the warranty ended in May.',
  ])('caught: %s', (reply) => expect(flagged(reply)).toBe(true));
  test.each([
    'I have answered your questions below, one by one.',
    'Our answer to most questions like this is in the help centre.',
    'As I made clear to the supplier, the part must arrive by Friday.',
    'I refer you to our disability team, who can arrange the ramp.',
    'Your answer helps, thank you; I have changed the booking.',
  ])('quiet: %s', (reply) => expect(flagged(reply)).toBe(false));
});

describe('argue-defend: contradicting them outright', () => {
  test.each([
    'The passenger is mistaken, the flight left on time.',
    "I'm afraid I am unable to agree that the room was dirty.",
    'You were quoted ten working days, not ten days.',
    'The price rose by 4%, not the 10% you mention.',
    'No, you did not pay the second instalment.',
    'Are you sure you did not order it yourself?',
    'Have you tried your own router with another cable?',
  ])('caught: %s', (reply) => expect(flagged(reply)).toBe(true));
  test.each([
    "The passenger was right, the flight left late, and I've added compensation.",
    'Are you sure you want to cancel? I can pause it instead.',
    'You were quoted ten days, and that was wrong of us.',
    'No, you do not need to pay anything more.',
    'Have you tried restarting the router? If not, I can walk you through it.',
  ])('quiet: %s', (reply) => expect(flagged(reply)).toBe(false));
});

describe('argue-defend: vouching instead of hearing', () => {
  test.each([
    'All our stylists complete two years of training.',
    'Our drivers receive regular safety training.',
    'All our packaging meets recycling regulations.',
    'Our jackets follow European sizing, so they are consistent.',
    'We are confident the therapist acted professionally throughout.',
    'The panel is satisfied that the penalty was proportionate.',
    'The gym was within its rights to cancel the class.',
    'Our obligations under the warranty have been fully met.',
    'The alarm functioned as designed.',
    'You were billed accurately for the data you used.',
    'Our trams run on time 97% of the time.',
    'The app has a 4.6-star rating.',
    'The firmware has been installed successfully on over 50,000 homes.',
    'We carry more brands than any other store in the county.',
    'I would respectfully point out that the sale had ended.',
  ])('caught: %s', (reply) => expect(flagged(reply)).toBe(true));
  test.each([
    'I will make sure our drivers receive more training on this.',
    'Once updated, the app now works as designed again.',
    "Our drivers are the people to ask about parking, so I've passed it on.",
    'You were billed accurately for May, but June was wrong and I have refunded it.',
    "So this is unusual, and I'm sorry it happened to you.",
    'You are within your rights to ask for a refund.',
    'I am confident we can sort this out today.',
  ])('quiet: %s', (reply) => expect(flagged(reply)).toBe(false));
});
