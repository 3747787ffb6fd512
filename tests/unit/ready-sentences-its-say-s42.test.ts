// Ready sentences (issue 16 §3), stop 42: what the reply says of the same thing, in forms the
// stop-40 check did not read (blind readers on tune half a: contradicts 11, repeats 3, concedes 5,
// grammar 7). The reply says it did not happen ("the call didn't drop on our end", "no slot was
// booked"); it holds the sanction the clause names final ("Bans are final"); its verdict points
// back to the sentence before ("…reviewed every six months. This is correct."); it says sorry for
// the same thing in other words; and the customer's words that do not survive in the agent's voice
// (their brackets, "a new one" with nothing before it, "before start", "on its own", a wrong done
// to them said as fact before anyone has looked). Both ways; messages and replies are our own.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { carriesTheirCase, doubt, polished, replyHasItsSay } from '../../src/engine/issue-confidence';
import { issueInAgentWords } from '../../src/engine/issue';

const score = createScorer();
const PLACEHOLDER = 'I’m sorry [name what went wrong for them].';
const apology = (customer: string, reply: string) =>
  score({ customer, reply }).findings.find((f) => f.kind === 'suggestion' && f.ruleId === 'sincere-apology')?.replacement?.replace(/'/g, '’');

// The reply's say on the thing the clause names, or not: [what it shows, reply, clause, says].
const ITS_SAY_CASES: [string, string, string, boolean][] = [
  // It did not happen.
  ['a dropped call the reply says did not drop on our side', 'The line did not drop at our end; it was the mobile signal. What can I help with?', 'your call dropped after an hour on hold', true],
  ['a booking the reply says was never made', 'Hi Tom. I can see no table was booked under your name for Friday.', 'the table you booked for Friday has vanished', true],
  ['files the reply says are not gone', 'Your documents aren’t gone: they sit in the Bin folder for 60 days.', '80 documents are gone after the update', true],
  ['a negation of something else in the same sentence is no denial', 'The travel note you sent was not linked to your card, which is why it was stopped.', 'your card was stopped in Spain', false],
  ['a refusal ("is not eligible") is no denial', 'This order is not eligible for a refund under our terms.', 'you asked for a refund for a broken blender', false],
  ['a refusal ("not something we can change") is no denial', 'Opening hours are not something the branch can change.', 'the branch changed its opening hours', false],
  ['a refusal ("can’t") is no denial', 'We can’t discuss your account here, please call us.', 'your account is frozen', false],
  ['a condition is no denial', 'If the parcel has not arrived by Friday, I will resend it.', 'your parcel has arrived damaged', false],
  // It holds the sanction final.
  ['a suspension the reply calls final', 'Suspensions are final once reviewed.', 'your profile was suspended', true],
  ['a suspension made permanent', 'After a review your profile has been permanently closed. The decision cannot be reversed.', 'your profile was suspended', true],
  ['a ban the reply lifts', 'I have lifted the ban and your profile is back.', 'you were banned from the forum', false],
  ['"final" about something else', 'This is the final week of the sale.', 'you were banned from the forum', false],
  // A verdict that points back to the sentence before.
  ['"this is correct" after the sentence about the same rise', 'Monthly payments are reviewed each spring from your usage. As set out in our letter, this is correct.', 'your monthly payment is going up by £30', true],
  ['"That said," opens no verdict on the sentence before', 'Late entry is switched on for staff cards, which is why it stops at 9pm. That said, I have added it to your card as a final-year student.', 'your card doesn’t open the gym after 9pm', false],
  // Sorry for the same thing in other words, or called bad already.
  ['"sorry for keeping you waiting" above a wait for the refund', 'Hi, sorry for keeping you waiting. Your refund goes out today.', 'you’re still waiting for your refund', true],
  ['a sorry about something else', 'Sorry for the slow reply. Your refund goes out today.', 'your parcel was left in the rain', false],
  ['the same wait called ridiculous', 'An hour on hold for a PIN is ridiculous, and thanks for waiting. Your PIN is below.', 'you were on hold for an hour for a PIN', true],
  // Words matched by stem.
  ['"bans" meets "banned"', 'Bans are final.', 'you were banned', true],
  ['"delay" meets "delayed"', 'Sorry for the delay with your parcel.', 'your parcel was delayed', true],
  ['"deliveries" meets "delivered" (the stems differ; their first letters do not)', 'Deliveries to your area are correct as scheduled.', 'your parcel was delivered to the wrong area', true],
  // It works as it was made to, and no fault is owned.
  ['a voucher for full-price items only', 'Hi! The WINTER15 voucher is for full-price items only, so it skips the sale items in your basket.', 'the voucher WINTER15 isn’t working at checkout', true],
  ['levels that unlock when the event starts', 'The bonus levels unlock when the event starts on Friday.', 'the bonus levels aren’t showing up', true],
  ['the same explanation beside an owned fault', 'The WINTER15 voucher is for full-price items only. Our checkout page didn’t say so, which is our mistake.', 'the voucher WINTER15 isn’t working at checkout', false],
  ['an explanation about something else', 'Gift cards are for online orders only.', 'the voucher WINTER15 isn’t working at checkout', false],
  // Round 2 (a second blind read): the charge held so by its terms, a sanction held valid.
  ['a fee the reply calls mandatory', 'Under your membership terms the locker fee is mandatory for all members.', 'you were charged a locker fee you never asked for', true],
  ['a charge the reply calls non-negotiable', 'The late return was logged by the depot. I’m afraid the charge is non-negotiable.', 'you were charged £25 for a late return', true],
  ['postage charged per parcel', 'The two mugs came from separate shops, so postage is charged per parcel.', 'you were charged postage twice for two mugs', true],
  ['a mute the reply holds valid', 'The word filter caught your message, so the mute is valid.', 'you were muted for a day', true],
  ['a mandatory step, not the charge', 'Signing in with your card is mandatory for the gym.', 'you were charged a locker fee you never asked for', false],
  ['a mere pointer to the terms beside a refused remedy', 'In accordance with our policy, we are unable to refund the seat fee.', 'you were moved from your seats together to seats apart', false],
  // The case is closed: whatever the clause, the company has judged it.
  ['the matter will not be reopened', 'Your photos were assessed at the time. The matter will not be reopened.', 'the lamp you ordered arrived with a dented base', true],
  ['the outcome of the review will not be changed', 'This is the outcome of our review and it won’t be changed.', 'you have asked for a refund twice for a course that doesn’t load', true],
  ['a decision still open', 'I have asked the team to review the decision and will email you by Friday.', 'the lamp you ordered arrived with a dented base', false],
  // The company's records give its account, and it is not still checking them.
  ['the job log says the engineer came', 'The job log shows our engineer attended at 10:20 and got no answer.', 'your bill has a £20 missed visit charge', true],
  ['our logs indicate nothing was lost', 'Our logs indicate your save file is intact on our side.', 'you lost your save file after the update', true],
  // The reply names the same trouble already, acknowledging it: a filled sorry says it again.
  ['thanks for the message about the same fee and date', 'Thank you for your email about the $60 booking fee on your 3 May concert tickets.', 'you were charged a $60 booking fee for your 3 May concert tickets', true],
  ['it sounds like the same closed gym', 'Sounds like the gym has been shut every time you came this week, which isn’t right.', 'the gym has been shut every time you came this week', true],
  ['thanks for the message about something else', 'Thank you for your email about your new address.', 'you were charged a $60 booking fee for your concert tickets', false],
  ['records that are still being checked', 'Our system shows the £90 as sent on Friday, but I’ve raised a trace and will email you by noon.', 'the £90 you sent to your sister hasn’t arrived', false],
];

describe('the reply’s say on the same thing', () => {
  test.each(ITS_SAY_CASES)('%s', (_, reply, clause, says) => {
    expect(replyHasItsSay(reply, clause)).toBe(says);
  });
});

describe('the filled sentence beside the reply’s say', () => {
  const customer = 'I waited on hold for 50 minutes and then the call dropped. Terrible.';
  test('beside a reply that denies it, it waits', () => {
    expect(apology(customer, 'Hi. The call did not drop on our side, it would have been your signal. How can I help today?')).toBe(PLACEHOLDER);
  });
  test('beside one that fixes it, it stays', () => {
    expect(apology(customer, 'Hi Sam. I have put a note on your account and I can sort the payment for you here in chat now.')).toMatch(/^I’m sorry .*50 minutes/);
  });
  test('beside records that give the company’s account, it waits; beside records still being traced, it stays', () => {
    const lost = 'I sent £300 to my savings account on Monday and it’s not there.';
    expect(apology(lost, 'Hi Ola. I see the transfer in our app as completed on Monday at 9:10, so it has gone through.')).toBe(PLACEHOLDER);
    expect(apology(lost, 'Hi Ola. Our system shows the transfer as sent, but I’ve raised a trace and will email you by 3pm.')).toMatch(/^I’m sorry .*£300/);
  });
});

describe('their words that do not survive in the agent’s voice', () => {
  test('an aside in brackets waits; a reference in brackets stays', () => {
    expect(doubt('the box was opened and a book (the atlas) is missing', '')).not.toBe('');
    expect(doubt('you have been waiting three weeks for your claim (ref KT-55120)', '')).toBe('');
  });
  test('"a new one" with nothing before it that it stands for', () => {
    expect(doubt('you still haven’t got a new one', '')).not.toBe('');
    expect(doubt('your kettle broke and you still haven’t got a new one', '')).toBe('');
    expect(apology('I reported my phone lost on Tuesday and I still haven’t got a new one. Help.', 'Hi Ana, I’ll check where it is and come back to you by 5pm.')).not.toMatch(/got a new one since/);
  });
  test('"before start" without its article', () => {
    expect(doubt('the coach cancelled the session ten minutes before start', '')).not.toBe('');
    expect(doubt('the coach cancelled the session ten minutes before the start', '')).toBe('');
    expect(doubt('the coach cancelled ten minutes before the start of the session', '')).toBe('');
  });
  test('that it failed on its own is their account of the cause', () => {
    expect(doubt('your kettle broke on its own', '')).not.toBe('');
    expect(doubt('your kettle broke after two weeks', '')).toBe('');
  });
  test('a wrong done to them, said as fact before anyone has looked into it, is their case', () => {
    expect(carriesTheirCase('your daughter has been bullied on the school bus')).toBe(true);
    expect(carriesTheirCase('your daughter has been left at the wrong stop')).toBe(false);
    const customer = 'My daughter has been bullied on the school bus for two weeks. I want this dealt with.';
    expect(apology(customer, 'Dear Ms Hale, all concerns are handled under our Anti-Bullying Policy. Your email has been passed to the Head of Year, who will be in touch.')).toBe(PLACEHOLDER);
  });
  test('a state after a past act is told in the past: "is blocked after you reported" → "was blocked after…"', () => {
    expect(polished('your account is blocked after you changed your email')).toBe('your account was blocked after you changed your email');
    expect(polished('your account is blocked since Monday')).toBe('your account is blocked since Monday');
    expect(polished('your account is still blocked after you changed your email')).toBe('your account is still blocked after you changed your email');
  });
});

describe('that it is nothing like what was described is their case beside the trouble', () => {
  test('beside a refusal the filled apology waits; the plain trouble keeps it', () => {
    const reply = 'Hello. Fees cannot be refunded once the first lesson has been opened, as our terms set out.';
    expect(apology('The course is nothing like the description. I want my money back.', reply)).toBe(PLACEHOLDER);
  });
});

describe('what is theirs or still ahead is no trouble of ours', () => {
  test('their own lack of time waits; a lack we caused stays', () => {
    expect(doubt('you haven’t had time to try the new plan', '')).not.toBe('');
    expect(doubt('you haven’t had a reply to your complaint', '')).toBe('');
  });
  test('"when is the winter event launching" is asked ahead, no wait; "when is my wedding booking coming" is a wait', () => {
    expect(issueInAgentWords('@GameCo when is the winter event launching 👀', 0)).toBe('');
    expect(issueInAgentWords('When is my wedding booking coming? Paid 3 weeks ago', 0)).toBe('you’re still waiting for your wedding booking');
    expect(issueInAgentWords('when is my parcel arriving??', 0)).toBe('you’re still waiting for your parcel');
  });
});
