// Round 2 of Swaps for `unfilled-placeholder`, `vague-time`, `sorry-for-wait`, `canned-empathy`
// and `policy-shield`: the leftover shapes of round 1. Each case is a reply as an agent would
// write it, the reply after the Swap exactly, and the reply re-scored: the rule no longer flags
// that sentence once the Swap is made. Near-misses: where a rewrite would not read, or would
// invent a fact, no Swap is offered.
import { describe, expect, test } from 'vitest';
import { applySwap, flagsOf } from './swap-helpers';

/** The rule's flag on `words` (its only flag where `words` is omitted). */
function flagOn(reply: string, ruleId: string, words?: string, customer?: string) {
  const hits = flagsOf(reply, customer).filter((f) => f.ruleId === ruleId && (words === undefined || f.text === words));
  expect(hits.map((f) => f.text)).toHaveLength(1);
  return hits[0]!;
}

/** The reply after the Swap of the rule's flag on `words`. */
function swappedBy(reply: string, ruleId: string, words?: string, customer?: string): string {
  const f = flagOn(reply, ruleId, words, customer);
  expect(f.swap).toBe(true);
  return applySwap(reply, f);
}

/** The rule's flags in `reply` (their words). */
const ruleFlags = (reply: string, ruleId: string, customer?: string) =>
  flagsOf(reply, customer)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => f.text);

/** Each case: the Swap reads as expected, and the swapped reply raises the rule no more. */
function swapsTo(ruleId: string, reply: string, words: string | undefined, expected: string, customer?: string) {
  const after = swappedBy(reply, ruleId, words, customer);
  expect(after).toBe(expected);
  expect(ruleFlags(after, ruleId, customer)).toEqual([]);
}

function noSwap(ruleId: string, reply: string, words?: string) {
  expect(flagOn(reply, ruleId, words).swap).toBeUndefined();
}

describe('unfilled-placeholder: only what is known goes in, or the words around the slot turn', () => {
  test.each([
    // A greeting whose name the page does not show: "Hello," greets without one.
    ['Dear {{customer.first_name}},\nYour new card is on its way.', '{{customer.first_name}}', 'Hello,\nYour new card is on its way.'],
    ['Dear [Customer Name],\nThank you for your letter.', '[Customer Name]', 'Hello,\nThank you for your letter.'],
    ['Dear <patient>,\nYour results are ready.', '<patient>', 'Hello,\nYour results are ready.'],
    ['Dear INSERT NAME,\nThank you for waiting.', 'INSERT NAME', 'Hello,\nThank you for waiting.'],
    ["Hi Ma'am {{customer.first_name}},\nYour order has shipped.", '{{customer.first_name}}', 'Hello,\nYour order has shipped.'],
    // The agent's own name left in their introduction: it goes, their team stays.
    ['Hi Omar,\n{{agent_name}} here. Your engineer visit is booked for Friday morning.', '{{agent_name}}', 'Hi Omar,\nYour engineer visit is booked for Friday morning.'],
    ['Hi Omar, XXX here from the accounts team.', 'XXX', 'Hi Omar, I’m from the accounts team.'],
    // The company's name before its own support team: "us".
    ['Thank you for getting in touch with {{company_name}} customer support.', '{{company_name}}', 'Thank you for getting in touch with us.'],
    // A role the reply only needs to name as a role.
    ['I have chased it with [courier name] and asked for the driver’s notes.', '[courier name]', 'I have chased it with the courier and asked for the driver’s notes.'],
    ['I have re-sent {{item_name}} to your mailbox, so please log in again.', '{{item_name}}', 'I have re-sent the item to your mailbox, so please log in again.'],
    // A date slot after the window the agent already gave.
    ['The refund is done and it will reach your card in 3 to 5 working days, by [DATE].', '[DATE]', 'The refund is done and it will reach your card in 3 to 5 working days.'],
  ])('%j', (reply, words, expected) => swapsTo('unfilled-placeholder', reply, words, expected));

  test.each([
    // Facts nobody may invent: an amount, a date, a reference.
    ['Your refund of [AMOUNT] will be issued on Monday.', '[AMOUNT]'],
    ['Your new delivery date is DD/MM/YYYY.', 'DD/MM/YYYY'],
    ['Your claim reference is [CLAIM REF].', '[CLAIM REF]'],
    // The greeting runs on into the agent's words, or greets by title and surname.
    ['Dear [name], thanks for your letter.', '[name]'],
    ['Dear Mr [surname],\nThanks for your letter.', '[surname]'],
    ['Dear {{customer.last_name}},\nThanks for your letter.', '{{customer.last_name}}'],
    // The company's name alone is how the brand signs: the agent fills it.
    ['Thanks for contacting {{company_name}}.', '{{company_name}}'],
    // A role that opens the sentence, or a date with no window before it (stop 38's read: the
    // date the customer needs, dropped with its "by", was judged worse six times of six).
    ['[Courier name] will collect it tomorrow.', '[Courier name]'],
    ['It will reach your card by [DATE].', '[DATE]'],
    // An introduction that says more than the team.
    ['Hi Omar, XXX here, and I have your refund ready.', 'XXX'],
  ])('no Swap: %j', (reply, words) => noSwap('unfilled-placeholder', reply, words));
});

describe('vague-time: more places where a time can stand', () => {
  test.each([
    ['An engineer will call you back in a bit to look into it.', 'in a bit', 'An engineer will call you back by [day and time] to look into it.'],
    ['A technician will be with you at the first available opportunity to inspect the boiler.', 'at the first available opportunity', 'A technician will be with you by [day and time] to inspect the boiler.'],
    ['We will contact everyone affected in the coming weeks with next steps.', 'in the coming weeks', 'We will contact everyone affected by [day and time] with next steps.'],
    ['Your new card will be ready for collection in a few days.', 'in a few days', 'Your new card will be ready for collection by [day and time].'],
    ['The certificate will be issued within some weeks.', 'within some weeks', 'The certificate will be issued by [date].'],
    ['The crew are on site and your power will be back later on.', 'later on', 'The crew are on site and your power will be back by [day and time].'],
  ])('%j', (reply, words, expected) => swapsTo('vague-time', reply, words, expected));

  test.each([
    // "Maybe" holds "be", but it is no promise.
    ['Maybe the finance team can look at it later.', 'later'],
    // A condition follows: the time's place would not read before it.
    ['The payment will be made in a few days once the form is signed.', 'in a few days'],
  ])('no Swap: %j', (reply, words) => noSwap('vague-time', reply, words));
});

describe('sorry-for-wait: the thank-you takes an apology whose clause runs on', () => {
  test.each([
    ['Sorry for taking so long to answer you.', 'Thank you for your patience.'],
    ['So sorry about the wait today!', 'Thank you for your patience today!'],
    ['Hi Jo, apologies that it has taken me so long to get back to you on this.', 'Hi Jo, thank you for your patience on this.'],
    ['Hello, please accept our apologies for the long wait time this morning.', 'Hello, thank you for your patience this morning.'],
  ])('%j', (reply, expected) => swapsTo('sorry-for-wait', reply, undefined, expected));

  test.each([
    // The clause goes on to something of the agent's own, or to a second apology.
    ['Sorry for the slow reply and I get why you chased.'],
    ['Sorry for the delayed response over the weekend, and for any upset caused.'],
  ])('no Swap: %j', (reply) => noSwap('sorry-for-wait', reply));
});

describe('canned-empathy: a stock apology whose clause runs on to more stock becomes the specific one', () => {
  const BLANK = '[what went wrong for them]';
  const customer = 'My train was cancelled and nobody told us why.';
  test.each([
    // More stock after "and": appreciation, understanding, a second vague trouble.
    ['We’re so sorry for the hassle and appreciate your patience.', `I’m sorry ${BLANK}.`],
    ['We are sorry to hear that you are unhappy and we appreciate your feedback.', `I’m sorry ${BLANK}.`],
    ['We regret the disruption to your service and appreciate that it is frustrating.', `I’m sorry ${BLANK}.`],
    ['We’re sorry to hear about your experience and any upset this may have caused.', `I’m sorry ${BLANK}.`],
    // The trouble's vague object, or a time.
    ['Apologies for any disruption to your journey this morning.', `I’m sorry ${BLANK}.`],
    ['We apologise for any confusion with your booking.', `I’m sorry ${BLANK}.`],
    ['We understand the frustration this has caused.', `I’m sorry ${BLANK}.`],
    // After its subject, which goes with it.
    ['Hey there, we’re really sorry about all this.', `Hey there, I’m sorry ${BLANK}.`],
    ['We understand this isn’t the experience you expected.', `I’m sorry ${BLANK}.`],
    // A standard held up in place of an apology.
    ['Hi Amir, that’s not the experience we want you to have with us.', `Hi Amir, I’m sorry ${BLANK}.`],
    // Value and regret, two stock lines: one specific apology.
    ['We value your business and regret any frustration caused.', `I’m sorry ${BLANK}.`],
  ])('%j', (reply, expected) => swapsTo('canned-empathy', reply, ruleFlags(reply, 'canned-empathy')[0], expected));

  test('with the customer’s message, the apology names their problem', () => {
    const after = swappedBy('We regret the disruption to your journey today.', 'canned-empathy', undefined, customer);
    expect(after).toMatch(/^I’m sorry (?!\[).+\.$/);
    expect(ruleFlags(after, 'canned-empathy', customer)).toEqual([]);
  });

  test('what the agent wanted them to know stays after the apology', () => {
    const reply = 'We regret any distress this may have caused and wish to assure you that the complaint has gone to the depot manager.';
    expect(swappedBy(reply, 'canned-empathy')).toBe(`I’m sorry ${BLANK}, and the complaint has gone to the depot manager.`);
  });

  test('the stock words go, and what was done with the feedback stays', () => {
    swapsTo('canned-empathy', 'Hi, your feedback is important to us and has been passed to the branch.', undefined, 'Hi, your feedback has been passed to the branch.');
  });

  test.each([
    // The clause goes on with the agent's own act, or turns: nothing to drop.
    ['We apologise for the trouble with your order and have refunded the delivery fee.', undefined],
    ['I’m sorry you’re upset, but the item was marked final sale.', 'I’m sorry you’re upset'],
    ['We regret the disruption to your journey and the driver has been spoken to.', undefined],
  ])('no Swap: %j', (reply, words) => {
    const f = flagsOf(reply).find((x) => x.ruleId === 'canned-empathy' && (words === undefined || x.text === words))!;
    expect(f).toBeDefined();
    expect(f.swap).toBeFalsy();
  });
});

describe('policy-shield: a book cited inside its sentence, with the refusal after it', () => {
  const OFFER = ', but here is what I can do instead: [what you can offer].';
  test.each([
    ['We don’t refund delivery charges as a matter of policy, and I’m not able to make an exception.', 'as a matter of policy', 'We don’t refund delivery charges as a matter of policy'],
    ['A £50 deposit is required under our rental policy for all first-time hirers, and I’m unable to make an exception.', 'under our rental policy', 'A £50 deposit is required under our rental policy for all first-time hirers'],
    ['Late entries are closed in accordance with section 4 of our competition rules, and the decision is final.', 'in accordance with section 4 of our competition rules', 'Late entries are closed in accordance with section 4 of our competition rules'],
    ['The admin fee is set out in our terms and conditions, so I can’t waive it.', 'set out in our terms and conditions', 'The admin fee is set out in our terms and conditions'],
    ['Upgrade prices are set by head office, and there’s no way for me to change them.', 'set by head office', 'Upgrade prices are set by head office'],
  ])('%j', (reply, words, kept) => {
    const expected = kept + OFFER;
    // The citation's Swap turns the sentence, and the refusal's own flag offers the same.
    expect(swappedBy(reply, 'policy-shield', words)).toBe(expected);
    for (const f of flagsOf(reply).filter((x) => x.ruleId === 'policy-shield')) {
      expect(f.swap).toBe(true);
      expect(applySwap(reply, f)).toBe(expected);
    }
    expect(ruleFlags(expected, 'policy-shield')).toEqual([]);
  });

  test.each([
    // What follows is a promise or a fact of the case, not a refusal: not dropped for an offer.
    ['We cover card fraud under the reimbursement rules, and I’ll have an answer for you by Friday.', 'under the reimbursement rules', 'I’ll have an answer for you by Friday'],
    ['Meal vouchers are only issued for delays over 3 hours under EU rules, and this delay was 2 hours 50 minutes.', 'under EU rules', 'this delay was 2 hours 50 minutes'],
    // A relative clause that goes on with the rule: kept as written.
    ['Payments are released in line with our settlement procedures, which require a manager’s sign-off.', 'in line with our settlement procedures', ', which require a manager’s sign-off'],
  ])('the agent’s words after the book are kept: %j', (reply, words, kept) => {
    const f = flagOn(reply, 'policy-shield', words);
    if (f.swap) expect(applySwap(reply, f)).toContain(kept);
  });
});

describe('policy-shield: a security or privacy policy cited as the cause says the reason instead', () => {
  test.each([
    ['Hi, due to our security policy we can’t share why the payment was declined.', 'Hi, for security reasons we can’t share why the payment was declined.'],
    ['Due to our privacy policy, we are unable to discuss another person’s account.', 'For privacy reasons we are unable to discuss another person’s account.'],
  ])('%j', (reply, expected) => swapsTo('policy-shield', reply, undefined, expected));

  test('not where what follows is no clause of the agent’s', () => {
    const f = flagOn('Due to our security policy, passwords expire every 90 days.', 'policy-shield');
    expect(f.swap === true && f.replacement.startsWith('for security reasons')).toBe(false);
  });
});
