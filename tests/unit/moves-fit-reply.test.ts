// A move's ready sentence is inserted beside the agent's own words: it must not contradict them.
// Blind readers judged replies worse where the coach added "I'll see it through until it's sorted"
// to a complete answer, "our system may have got this wrong" after the cause was given, "I can
// see it keeps dropping" above "it has been stable all week", or a second sympathy after the
// reply's own. Each table pairs replies that change with near-misses that must not.
import { describe, expect, test } from 'vitest';
import { createScorer, type Finding } from '../../src/engine';

const scoreReply = createScorer();
/** Restatement alone: the apology, ranked above it, would otherwise name the problem first. */
const restateOnly = createScorer({ rules: { 'sincere-apology': { severity: 'off' } } });
/** own-it alone of the ownership moves: admit-error's sentence above it would say the commitment first. */
const ownItOnly = createScorer({ rules: { 'admit-error': { severity: 'off' }, 'acknowledge-repeat': { severity: 'off' } } });

type Scorer = typeof scoreReply;
const sentence = (score: Scorer, customer: string, reply: string, ruleId: string): string | undefined =>
  score({ reply, customer }).findings.find((f: Finding) => f.kind === 'suggestion' && f.ruleId === ruleId)?.replacement;
const fires = (customer: string, reply: string, ruleId: string): boolean => sentence(scoreReply, customer, reply, ruleId) !== undefined;

const OWN_IT_STOCK = 'I’ll take care of this personally and see it through until it’s sorted.';
const OWN_IT_AFTER_ANSWER = 'If anything about this still isn’t right, reply here and I’ll pick it up myself.';

describe('own-it after a reply that already answers or finds nothing wrong', () => {
  test.each([
    // The cause of what they asked about.
    ['Why has my broadband bill gone up this month? Not happy.', 'Hi Sam, the monthly price rose by £2 in April because of the annual price change in your contract.'],
    // The information asked for.
    ['What is my account reference? I am annoyed I cannot find it anywhere.', 'Hi! Your account reference is KB-4471, and it is printed at the top of every bill.'],
    // How to do it.
    ['My parcel has been at the depot for a week and nobody told me.', 'Hi Jo, parcels wait at the depot for 10 days, and you can collect it with photo ID any day until 8pm.'],
    ['The app keeps crashing when I open my notes.', 'Please go to Settings and turn off battery saver, then open the app again.'],
    // What was done, in the passive.
    ['My refund for the returned jacket still has not arrived.', 'Hello, the £60 refund has now been sent to your card and should show within 3 working days.'],
    ['I asked for a copy of my contract a week ago and got nothing.', 'Dear Ms Shah, please find your contract attached, with the terms you signed in March.'],
    ['My order was cancelled by the shop and I am still out of pocket.', 'So sorry about that! We have issued a full refund, and it lands in 3 to 5 days.'],
    ['Still no transfer code after two requests, this is ridiculous.', 'Hi Fiona, apologies for the wait. Your transfer code is TX48213 and it lasts 30 days.'],
    ['Signal has been terrible in town all week.', 'Sorry Paul, a mast in the centre is being upgraded and should be done by Sunday.'],
    // Nothing wrong found: there is nothing to "see through until it's sorted".
    ['My wifi keeps dropping every night, it is useless.', 'Our line checks show your connection has been stable all week, with no drops recorded.'],
  ])('offers the open door, not the stock promise: %s → %s', (customer, reply) => {
    expect(sentence(ownItOnly, customer, reply, 'own-it')).toBe(OWN_IT_AFTER_ANSWER);
  });

  test.each([
    // Nothing answered yet: the personal promise is what the reply lacks.
    ['My wifi keeps dropping every night, it is useless.', 'Sorry for the trouble, we are so sorry about this.'],
    ['My order arrived with the wrong colour.', 'Thanks for letting us know about the colour.'],
    // "Your address is not on our list" names the problem, it answers nothing.
    ['My parcel never arrived and it has been a week.', 'Your address is not on our delivery list yet.'],
    // "Due to arrive" is a date, not a cause; "you can imagine" is no instruction.
    ['My sofa delivery is late again.', 'Your sofa is due to arrive soon, as you can imagine it is a busy time.'],
  ])('keeps the stock promise where nothing is answered: %s → %s', (customer, reply) => {
    expect(sentence(ownItOnly, customer, reply, 'own-it')).toBe(OWN_IT_STOCK);
  });
});

describe('admit-error beside a cause given or a fix that settles it', () => {
  const STOCK = 'It’s possible our system got this wrong, so I’m checking it now and I’ll put it right if so.';
  test.each([
    ['Why was I charged a late fee? I paid on time.', 'The late fee was added because the payment reached us on the 3rd, after the due date.'],
    ['Why is my account locked? I did nothing wrong.', 'Your account was locked after three failed sign-in attempts this morning.'],
    ['My console will not update, it shows error 8-114.', 'Kindly try restarting the console in safe mode and running the update from there.'],
  ])('offers the sentence to complete, not "our system may have got this wrong": %s → %s', (customer, reply) => {
    const said = sentence(scoreReply, customer, reply, 'admit-error');
    expect(said).toBeDefined();
    expect(said).not.toBe(STOCK);
  });

  test.each([
    ['Why was I charged a late fee? I paid on time.', 'Thanks for getting in touch about this.'],
    // "Due to" a date.
    ['Why was I charged a late fee? I paid on time.', 'Thanks for your message; your new card is due to arrive on Friday.'],
  ])('keeps the stock admission where the reply gives no cause: %s → %s', (customer, reply) => {
    expect(sentence(scoreReply, customer, reply, 'admit-error')).toBe(STOCK);
  });
});

describe('restate-problem beside a reply that disputes or refuses', () => {
  const BLANK = 'I can see [their problem in your words].';
  test.each([
    ['My internet keeps dropping every evening.', 'Everything on our side is working normally and the line test came back green.'],
    ['My internet keeps dropping every evening.', 'Thanks for writing. You are mistaken there, our monitoring saw no faults on your line.'],
    ['My hotel booking vanished from the app overnight.', 'Thanks for writing. It was cancelled on your end at 4pm yesterday.'],
    // A no to a report that we got it wrong holds that their account is not so.
    ['My order says delivered, left at number 9, but there is no number 9 on my road.', 'Thanks for writing. The driver has a signature, and we are unable to offer a replacement.'],
  ])('does not concede the account the reply disputes: %s → %s', (customer, reply) => {
    expect(sentence(restateOnly, customer, reply, 'restate-problem')).toBe(BLANK);
  });

  test.each([
    ['My parcel from your Leeds depot has not arrived and it has been two weeks.', 'Thanks for letting us know, I can look at this.'],
    ['My order says delivered, left at number 9, but I have no neighbour at number 9.', 'Thanks for writing in.'],
    // A no that disputes nothing: their circumstance is still theirs to hear said back.
    // ("I can see you can't make it" read flat to blind readers: the rota said back instead.)
    ['My work rota got moved to the day of the concert, so I will miss it. Can I get a refund?', 'Tickets are non-refundable under the purchase terms, sorry.'],
  ])('still says the problem back where the reply accepts it: %s → %s', (customer, reply) => {
    const said = sentence(restateOnly, customer, reply, 'restate-problem');
    expect(said).toMatch(/^I can see (?!\[)/);
  });
});

describe('sincere-apology after the reply’s own sympathy', () => {
  const customer = 'My dad was in hospital so I missed the return date for the shoes. Can I still send them back? This is so stressful.';
  test.each([
    'Hi Amy, I hope your dad is feeling better. The return window is 30 days.',
    'Hi Amy, hope he is recovering well. The return window is 30 days.',
  ])('stays quiet: %s', (reply) => {
    expect(fires(customer, reply, 'sincere-apology')).toBe(false);
  });
  // An opening pleasantry is not sympathy for what they went through.
  test('still fires after "I hope you are well"', () => {
    expect(fires(customer, 'Hi Amy, I hope you are well. The return window is 30 days.', 'sincere-apology')).toBe(true);
  });
});

// Refusals a flag catches ("above my pay grade") are refusals through the flag already: these are unflagged.
describe('refusals in plain or slangy words', () => {
  const customer = 'I want my £40 delivery fee back, the order came a week late.';
  test.each([
    'The driver has a signature for it, so no refund is due on this one.',
    'Ah, that promo code is for first orders only.',
    'The delivery charges on late orders are staying put.',
    'Refunds of delivery fees only apply to orders over £50.',
    'That is between you and the courier, as they carried it.',
  ])('count as a refusal, so the alternative is suggested: %s', (reply) => {
    expect(fires(customer, reply, 'offer-alternative')).toBe(true);
  });

  test.each([
    ['The mirror arrived cracked, I want a new one.', 'So sorry! A new mirror goes out today, and there is no need to send the cracked one back.'],
    ['Love the new range, the blue one is gorgeous!', 'Thank you! It is selling so well that it is staying put.'],
    ['The outage wiped out my whole afternoon of work.', 'Sorry about that: the outage was caused by a fault at our hosting provider, outside our control.'],
  ])('are not read into generosity, praise or a cause: %s → %s', (customer, reply) => {
    expect(fires(customer, reply, 'offer-alternative')).toBe(false);
  });
});

// A status the customer disputes is a report that we may have got it wrong; one they ask about is not.
describe('customer.errorReport from a disputed status', () => {
  test.each([
    ['My parcel says delivered but there is nothing at my door.', true],
    ['Package says delivered to the mailroom, and my building has no mailroom.', true],
    ['My order shows dispatched, when will it arrive?', false],
    ['Order status says customs hold for 9 days, what do I need to do?', false],
  ])('%s → admit-error %s', (customer, expected) => {
    expect(fires(customer, 'Thanks for getting in touch.', 'admit-error')).toBe(expected);
  });
});

// Reports told without an error word: a figure set against what it usually is, a record that says
// they did not, a step that did not take, money gone where it failed, still failing after "it's fine",
// a thing given to someone else, done to them in the passive. Near-misses ask, or own the slip.
describe('customer.errorReport without an error word', () => {
  test.each([
    ['My water bill came to $388 this quarter. It is normally about $140.', true],
    ['The car park app says I never paid, but I paid at 9:02.', true],
    ['The discount voucher did not apply when I checked out.', true],
    ['The app says my top-up failed, yet the money has gone from my account.', true],
    ['Your technician said everything is fine and went home. The heating is still dead.', true],
    ['The table we booked for 8pm was given to another customer.', true],
    ['I was put on the wrong plan when I joined and have paid extra since.', true],
    ['Is my bill normally issued on the 1st or the 15th?', false],
    ['I put the wrong postcode on my order, can you change it?', false],
    ['I booked the wrong date by mistake. Can I move it to Friday?', false],
  ])('%s → admit-error %s', (customer, expected) => {
    expect(fires(customer, 'Thanks for getting in touch.', 'admit-error')).toBe(expected);
  });
});
