// Every flag rule: replies that must fire it (with the exact phrase it marks)
// and replies that must not. Cases are our own wording, written to cover
// paraphrase, inflection, contraction, curly quotes, line breaks and negation.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { patternSource } from '../../src/engine/pattern';

const scoreReply = createScorer();
const flagsOf = (reply: string) => scoreReply({ reply }).findings.filter((f) => f.kind === 'flag');

type FireCase = [reply: string, phrase: string];
const FIRES: Record<string, FireCase[]> = {
  'policy-shield': [
    ['By our internal procedure, drivers must not leave parcels with neighbours.', 'By our internal procedure'],
    ['Credits above 10% fall outside what I’m authorised to approve.', 'fall outside what I’m authorised to approve'],
    ['It is our policy to charge for late returns.', 'It is our policy'],
    ['That’s company policy, I’m afraid.', 'That’s company policy'],
    ['Per company policy, refunds take 10 days.', 'Per company policy'],
    ['I’m not allowed to change the booking name.', 'I’m not allowed to'],
    ['We are not permitted to share that.', 'We are not permitted to'],
    ['Rules are rules.', 'Rules are rules'],
    ['We don’t make exceptions for late claims.', 'We don’t make exceptions'],
    ['It’s against our policy to reissue vouchers.', 'It’s against our policy'],
    ['In accordance with our terms and conditions, the deposit is kept.', 'In accordance with our terms and conditions'],
    ['Our guidelines do not allow refunds on sale items.', 'Our guidelines do not allow'],
    ['Our refund policy prohibits that.', 'Our refund policy prohibits'],
    ['IT IS OUR POLICY.', 'IT IS OUR POLICY'],
    ['It is\nour   policy to wait.', 'It is\nour   policy'],
    ['I am just following company procedure here.', 'I am just following company procedure'],
  ],
  'system-says': [
    ['Hi, I can’t see any note of a credit being promised on the account.', 'I can’t see any note of'],
    ['The coverage map confirms your street has strong 5G signal.', 'The coverage map confirms'],
    ['According to our payment terminal, only one charge was completed.', 'According to our payment terminal'],
    ['The system shows you were charged once.', 'The system shows'],
    ['Our records indicate the parcel was delivered.', 'Our records indicate'],
    ['According to our system, you cancelled.', 'According to our system'],
    ['The computer says no.', 'The computer says'],
    ['Our logs showed no login attempts.', 'Our logs showed'],
    // The sentence after says nothing of the record being wrong: still flagged.
    ['Our membership software has no cancellation logged. Please send us proof.', 'Our membership software has no'],
    ['Our database clearly lists two orders.', 'Our database clearly lists'],
    ['The system won’t let me refund that.', 'The system won’t let'],
    ['Our systems confirmed the payment failed.', 'Our systems confirmed'],
    ['I can see on our system that it was sent.', 'I can see on our system'],
  ],
  'canned-empathy': [
    ['Hey Olamide, we’re sorry you’ve run into this. Please DM us your email.', 'we’re sorry you’ve run into this'],
    ['Hi there, we hate hearing this! Please DM us.', 'we hate hearing this'],
    ['Hi Ruth, that’s not the level of service we aim for.', 'that’s not the level of service we aim for'],
    ['We hate to hear this! DM us your order number.', 'We hate to hear this'],
    ['We’re sorry this happened 😢 Pop a return through on our site.', 'We’re sorry this happened'],
    ['Sorry to hear it fell short.', 'Sorry to hear it fell short'],
    ['I understand your frustration.', 'I understand your frustration'],
    ['We apologize for any inconvenience this may have caused.', 'We apologize for any inconvenience this may have caused'],
    ['Sorry for the inconvenience!', 'Sorry for the inconvenience'],
    ['We apologise for any inconvenience caused.', 'We apologise for any inconvenience caused'],
    ['Your call is important to us.', 'Your call is important to us'],
    ['Your business is very important to us.', 'Your business is very important to us'],
    ['I’m sorry you feel that way.', 'I’m sorry you feel that way'],
    ['I understand you are upset and I am sorry to hear that.', 'I understand you are upset and I am sorry to hear that'],
    ['I completely understand how frustrating this must be.', 'I completely understand how frustrating this must be'],
    ['We regret any inconvenience.', 'We regret any inconvenience'],
    ['We take your concerns very seriously.', 'We take your concerns very seriously'],
  ],
  'dead-end': [
    ['All bans are final. We can’t comment further.', 'We can’t comment further'],
    ['Nothing can be done at this stage.', 'Nothing can be done'],
    ['There is nothing we can do.', 'There is nothing we can do'],
    ['There’s nothing more I can do for you.', 'There’s nothing more I can do'],
    ['The only solution is to pay the fee.', 'The only solution is to'],
    ['That is final.', 'That is final'],
    ['The decision is final.', 'The decision is final'],
    ['Fees apply to every account, no exceptions.', 'no exceptions'],
    ['There’s no way around it.', 'There’s no way around it'],
    ['I’m unable to do anything more.', 'I’m unable to do anything more'],
    ['This matter is now closed.', 'This matter is now closed'],
  ],
  'blame-shift': [
    ['Hi, this is a matter for the restaurant as they handle order handover.', 'this is a matter for the restaurant'],
    ['The dropped calls are most likely due to your handset.', 'most likely due to your handset'],
    ['You could have left the luggage and gone for a walk.', 'You could have left'],
    ['If that doesn’t work it’s likely your internet connection rather than anything on our side.', 'rather than anything on our side'],
    ['The freeze needs a doctor’s note, and it was up to you to send that in.', 'it was up to you to'],
    ['Had the loft conversion been declared, the claim would have been paid in full.', 'Had the loft conversion been declared'],
    ['You should have checked the size guide.', 'You should have checked'],
    ['You shouldn’t have opened the box.', 'You shouldn’t have opened'],
    ['You failed to enclose the receipt.', 'You failed to'],
    ['That’s not my department.', 'That’s not my department'],
    ['That is not our fault.', 'That is not our fault'],
    ['You must have entered the wrong code.', 'You must have entered'],
    ['If you had read the email you would know.', 'If you had read'],
    ['You’ll need to take that up with the courier.', 'You’ll need to take that up with the courier'],
    ['That’s down to the manufacturer.', 'That’s down to the manufacturer'],
    ['You neglected to update your card.', 'You neglected to'],
    ['The error originated on your side of the master socket.', 'error originated on your side'],
    ['The fault is with your handset, so please contact the maker.', 'fault is with your handset'],
    ['Kindly note that this is a case of user error.', 'is a case of user error'],
    ['You’re the one who added a second driver.', 'You’re the one who'],
    ['The delay stems from incomplete information on your form.', 'stems from incomplete information on your'],
    ['It’s your ad-blocker that stops the autosave.', 'It’s your ad-blocker that'],
  ],
  'argue-defend': [
    ['Our drivers are trained to handle every package with care and would never throw one over a fence.', 'would never throw'],
    ['We sent a cancellation email on 3 June, so you were informed.', 'so you were informed'],
    ['There is no mistake from our side: the payment left on 3 March.', 'There is no mistake from our side'],
    ['I’d refer you back to my email of 3 March.', 'I’d refer you back to my email'],
    ['The driver rang twice, so the visit did happen.', 'so the visit did happen'],
    ['As I already explained, the fee stands.', 'As I already explained'],
    ['Per my last email, the refund is on its way.', 'Per my last email'],
    ['Actually, you are wrong about the date.', 'you are wrong'],
    ['I’d dispute that: our coverage is top 3 nationally.', 'I’d dispute that'],
    ['Frankly, your complaint doesn’t hold up.', 'complaint doesn’t hold up'],
    ['With all due respect, that isn’t how it works.', 'With all due respect'],
    ['To be clear, we did nothing wrong.', 'To be clear, we did nothing wrong'],
    ['As previously stated, the offer ended.', 'As previously stated'],
    ['I’ve told you twice already.', 'I’ve told you twice'],
    ['Please calm down.', 'calm down'],
    ['Like I said before, it takes a week.', 'Like I said before'],
  ],
  'corporate-speak': [
    ['Please be advised that your order shipped.', 'Please be advised that'],
    ['Kindly note the new address.', 'Kindly note'],
    ['As per your request, I closed it.', 'As per'],
    ['At this point in time we cannot say.', 'At this point in time'],
    ['I am verbalizing to you the outcome.', 'I am verbalizing to you'],
    ['We hereby confirm the cancellation.', 'We hereby'],
    ['Please do not hesitate to contact us.', 'Please do not hesitate to contact'],
    ['Further to your email, the case is open.', 'Further to your'],
  ],
};

const QUIET: Record<string, string[]> = {
  'policy-shield': [
    'This isn’t about policy — I want to fix it.',
    'It’s not our policy to leave anyone without heating, so I’ve booked an engineer for tomorrow.',
    'Our refund policy lets me refund you today.',
    'Our returns policy is normally 30 days, but I’ve made an exception.',
    'You were told ‘rules are rules’, and that is not how you should be treated.',
  ],
  'system-says': [
    'Our warehouse logged your jacket as received on the 4th, so the refund should have gone out by the 8th, and it didn’t. That’s on us.',
    'The letter was sent by a mistake in our system, and I’ve stopped it.',
    'I’m sorry our website says you must wait until November; I’ve waived the exit fee.',
    'Sorry the app showed one price and charged another; I’ve refunded the difference.',
    'The driver’s photo shows it left at number 14, could you try there?',
    'Our records show a payment on the 3rd, but they may be wrong, so I’m checking with the bank.',
    'I checked the tracking and the van is ten minutes away.',
    'It’s possible our system got this wrong.',
    // Owned in the next sentence.
    'Our membership software has no cancellation logged for January. That’s our mistake, not yours, and I’ve refunded you.',
  ],
  'canned-empathy': [
    'I’d hate for you to leave over this, so I’ve credited the month.',
    'I’m sorry this happened, and I’ve refunded the fee today.',
    'I’m sorry this happened to your order on Monday; I’ve sent a new one.',
    'I won’t just say sorry for the inconvenience: losing a day of work is serious.',
    'I’m so sorry your cake arrived broken on your wedding day.',
    'I understand how stressful it is to be locked out the night before payroll.',
    'I’m sorry you were charged twice.',
  ],
  'dead-end': [
    'Pre-order dates are set by the manufacturer, so it’s out of our hands 😕',
    'You will be contacted once a decision has been made.',
    'Zelle payments can’t be reversed once sent, so I’ve set up a wire instead.',
    'We can’t refund this order, but I can offer a voucher.',
    'It’s not true that nothing can be done: here is what I’ll do.',
    'Your customer said “there is nothing we can do”, and that was wrong.',
  ],
  'blame-shift': [
    'You must have been so disappointed when the bar closed early; we should have told you when you booked.',
    'I’m sorry to hear you forgot to cancel the trial; I’ve refunded it.',
    'Nothing on our side has changed, and I’ve reset your router remotely.',
    'You should have received a confirmation email by now.',
    'You must have been so worried.',
    'You shouldn’t have had to chase us.',
    'This was our mistake, not yours.',
    'It’s not your fault at all.',
    'We are on your side of this, and I’ve refunded the fee.',
    'The problem was on our side: our router config was wrong.',
  ],
  'argue-defend': ['If that’s not the case, DM me and I’ll remove it today.', 'Actually, you’re right.', 'To be clear, this was our mistake.', 'You aren’t wrong to be annoyed.', 'I’m not going to assume you’re wrong.'],
  'corporate-speak': ['Thank you kindly for waiting.', 'Please note the new opening hours.', 'Hi Dana, thanks for flagging this.'],
};

describe.each(Object.keys(FIRES))('%s', (ruleId) => {
  test.each(FIRES[ruleId]!)('fires on %j', (reply, phrase) => {
    const hits = flagsOf(reply).filter((f) => f.ruleId === ruleId);
    expect(hits.map((h) => reply.slice(h.start, h.end))).toContain(phrase);
    for (const h of hits) expect(h.text).toBe(reply.slice(h.start, h.end));
  });
  test.each(QUIET[ruleId]!)('stays quiet on %j', (reply) => {
    expect(flagsOf(reply).filter((f) => f.ruleId === ruleId)).toEqual([]);
  });
});

describe('the practitioners’ sentences quoted in RULES.md', () => {
  test.each([
    ['I am verbalizing to you that the system says this happened', ['corporate-speak', 'system-says']],
    ['I understand you are frustrated and I am sorry to hear that', ['canned-empathy']],
    ['the only solution is to pay the fee', ['dead-end']],
    ['to be clear, we did nothing wrong', ['argue-defend']],
    ['we don’t make exceptions', ['policy-shield']],
  ] as const)('%j', (reply, rules) => {
    expect(new Set(flagsOf(reply).map((f) => f.ruleId))).toEqual(new Set(rules));
  });
});

describe('text the agent did not write', () => {
  test('plain-text quoted lines are skipped', () => {
    const reply = 'Hi Jo, I have refunded you today.\n\n> It is our policy to refuse.\n> Nothing can be done.\n\nThanks, Sam';
    expect(flagsOf(reply)).toEqual([]);
  });
  test('the quoted thread after "On … wrote:" is skipped', () => {
    const reply = 'I’ve fixed it.\n\nOn Mon, 3 Jun 2024 at 09:12, Jane <jane@example.com> wrote:\nThe system shows nothing. Per my last email, rules are rules.';
    expect(flagsOf(reply)).toEqual([]);
  });
  test('a wrapped attribution line is still recognised', () => {
    const reply = 'Done.\n\nOn Mon, Jun 3, 2024 at 9:12 AM Jane Morris <jane.morris@example.com>\nwrote:\n> nothing can be done';
    expect(flagsOf(reply)).toEqual([]);
  });
  test('a signature after "-- " is skipped', () => {
    const reply = 'I’ve sent the replacement.\n-- \nSam | Please be advised that calls are recorded';
    expect(flagsOf(reply)).toEqual([]);
  });
  test('an Outlook header block starts the quoted thread', () => {
    const reply = 'Refund done.\n\nFrom: Jane\nSent: Monday\nSubject: order\nThe system shows it was delivered.';
    expect(flagsOf(reply)).toEqual([]);
  });
  test('text before the quote is still checked, at its own offsets', () => {
    const reply = 'Rules are rules.\n> rules are rules';
    const hits = flagsOf(reply);
    expect(hits.map((h) => [h.ruleId, h.start, h.end])).toEqual([['policy-shield', 0, 15]]);
  });
});

describe('offsets', () => {
  test('each span is exactly the matched phrase, through emoji and contractions', () => {
    const reply = '😀 Hi! 👋🏽 It’s our policy\u200b — sorry for the  inconvenience. Per my last email, you should have called.';
    const hits = flagsOf(reply);
    expect(hits.map((h) => h.text)).toEqual(['It’s our policy', 'sorry for the  inconvenience', 'Per my last email', 'you should have called']);
    for (const h of hits) expect(reply.slice(h.start, h.end)).toBe(h.text);
  });
  test('flags are sorted by position, and the moves follow them', () => {
    const { findings } = scoreReply({ reply: 'Kindly note: nothing can be done. The system shows it. Rules are rules.' });
    const kinds = findings.map((f) => f.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'flag' ? -1 : 1)));
    const starts = findings.filter((f) => f.kind === 'flag').map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('wider phrasing of the same moves', () => {
  test.each([
    ['Our Terms of Service say refunds close after 14 days.', 'policy-shield'],
    ['Our system can’t do that.', 'system-says'],
    ['I can’t do anything until the system lets me.', 'system-says'],
    ['I realize how frustrating this must be for you.', 'canned-empathy'],
    ['I understand how frustrating this situation is.', 'canned-empathy'],
    ['I can see why you’re upset about this.', 'canned-empathy'],
    ['Due to an unexpected increase in call volumes, replies are slow.', 'canned-empathy'],
    ['You’ll have to go to our website.', 'dead-end'],
    ['There is no manager available.', 'dead-end'],
    ['Our business partner will have to help you.', 'blame-shift'],
    ['That’s the manufacturer’s responsibility.', 'blame-shift'],
    ['It’s not my job.', 'blame-shift'],
    ['Who told you that?!', 'argue-defend'],
    ['Enclosed please find the form.', 'corporate-speak'],
    ['As per our records, it was delivered.', 'system-says'],
    ['Based on our records you were billed twice.', 'system-says'],
  ])('%j → %s', (reply, ruleId) => {
    expect(flagsOf(reply).map((f) => f.ruleId)).toContain(ruleId);
  });
  test.each([
    'Our system lost your email, and that was our mistake: I’ve re-sent it now.',
    'I understand you’re frustrated about the double charge on your card.',
  ])('%j stays quiet', (reply) => {
    expect(flagsOf(reply).filter((f) => f.ruleId === 'system-says' || f.ruleId === 'canned-empathy')).toEqual([]);
  });
});

describe('swaps', () => {
  test('a phrase inside another flag’s swap goes with it: the outer one’s Swap, offered by both', () => {
    const hits = flagsOf('As per our records, it was delivered.');
    expect(hits.map((h) => [h.ruleId, h.text, h.swap ?? false])).toEqual([
      ['corporate-speak', 'As per', true],
      ['system-says', 'As per our records', true],
    ]);
    expect(hits[0]!.replacement).toBe(hits[1]!.replacement);
    expect(hits[0]!.swapSpan ?? { start: hits[0]!.start }).toMatchObject({ start: hits[1]!.swapSpan?.start ?? hits[1]!.start });
  });
  test('a phrase inside another flag with no swap of its own is not offered a swap either', () => {
    const hits = flagsOf('As per our records it was delivered: "x".');
    expect(hits.map((h) => [h.ruleId, h.text, h.swap ?? false])).toEqual([
      ['corporate-speak', 'As per', false],
      ['system-says', 'As per our records', false],
    ]);
  });
  test('a phrase on its own keeps its swap', () => {
    expect(flagsOf('As per your request, I closed it.')[0]).toMatchObject({ text: 'As per', replacement: 'Following', swap: true }) // the capital it takes, opening the sentence;
  });
  test('the message says why; the title is the rule’s', () => {
    const [hit] = flagsOf('Rules are rules.');
    expect(hit?.message).toBe('Pointing to a policy tells the customer the rules matter more than they do, and ends the conversation.');
  });
});

describe('word edges', () => {
  test('every alternative of a pattern keeps its word edges (no match inside a longer word)', () => {
    const rx = new RegExp(patternSource('rules are rules|no exceptions'));
    expect(rx.test('no exceptions')).toBe(true);
    expect(rx.test('xno exceptions')).toBe(false);
    expect(rx.test('rules are rulesx')).toBe(false);
  });
});
