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

describe('the reply says it did not happen', () => {
  test('a dropped call the reply says did not drop on our side: the apology waits', () => {
    expect(replyHasItsSay('The line did not drop at our end; it was the mobile signal. What can I help with?', 'your call dropped after an hour on hold')).toBe(true);
  });
  test('a booking the reply says was never made', () => {
    expect(replyHasItsSay('Hi Tom. I can see no table was booked under your name for Friday.', 'the table you booked for Friday has vanished')).toBe(true);
  });
  test('files the reply says are not gone', () => {
    expect(replyHasItsSay('Your documents aren’t gone: they sit in the Bin folder for 60 days.', '80 documents are gone after the update')).toBe(true);
  });
  test('a negation of something else in the same sentence is no denial ("wasn’t linked to your card")', () => {
    expect(replyHasItsSay('The travel note you sent was not linked to your card, which is why it was stopped.', 'your card was stopped in Spain')).toBe(false);
  });
  test('a refusal ("is not eligible for a refund", "can’t", "not something we can change") is no denial', () => {
    expect(replyHasItsSay('This order is not eligible for a refund under our terms.', 'you asked for a refund for a broken blender')).toBe(false);
    expect(replyHasItsSay('Opening hours are not something the branch can change.', 'the branch changed its opening hours')).toBe(false);
    expect(replyHasItsSay('We can’t discuss your account here, please call us.', 'your account is frozen')).toBe(false);
  });
  test('a condition is no denial', () => {
    expect(replyHasItsSay('If the parcel has not arrived by Friday, I will resend it.', 'your parcel has arrived damaged')).toBe(false);
  });
  test('the filled sentence beside a reply that denies it waits; beside one that fixes it, it stays', () => {
    const customer = 'I waited on hold for 50 minutes and then the call dropped. Terrible.';
    expect(apology(customer, 'Hi. The call did not drop on our side, it would have been your signal. How can I help today?')).toBe(PLACEHOLDER);
    expect(apology(customer, 'Hi Sam. I have put a note on your account and I can sort the payment for you here in chat now.')).toMatch(/^I’m sorry .*50 minutes/);
  });
});

describe('the reply holds the sanction final', () => {
  test('a ban the reply calls final, a suspension made permanent', () => {
    expect(replyHasItsSay('Suspensions are final once reviewed.', 'your profile was suspended')).toBe(true);
    expect(replyHasItsSay('After a review your profile has been permanently closed. The decision cannot be reversed.', 'your profile was suspended')).toBe(true);
  });
  test('a ban the reply lifts keeps the filled apology', () => {
    expect(replyHasItsSay('I have lifted the ban and your profile is back.', 'you were banned from the forum')).toBe(false);
  });
  test('"final" about something else is not the sanction held', () => {
    expect(replyHasItsSay('This is the final week of the sale.', 'you were banned from the forum')).toBe(false);
  });
});

describe('a verdict that points back to the sentence before', () => {
  test('"This is correct." after the sentence about the same rise', () => {
    expect(replyHasItsSay('Monthly payments are reviewed each spring from your usage. As set out in our letter, this is correct.', 'your monthly payment is going up by £30')).toBe(true);
  });
  test('"That said," opens no verdict on the sentence before', () => {
    expect(replyHasItsSay('Late entry is switched on for staff cards, which is why it stops at 9pm. That said, I have added it to your card as a final-year student.', 'your card doesn’t open the gym after 9pm')).toBe(false);
  });
});

describe('the reply says sorry for the same thing in other words', () => {
  test('"sorry for keeping you waiting" above "you’re still waiting for your refund"', () => {
    expect(replyHasItsSay('Hi, sorry for keeping you waiting. Your refund goes out today.', 'you’re still waiting for your refund')).toBe(true);
  });
  test('a sorry about something else does not count', () => {
    expect(replyHasItsSay('Sorry for the slow reply. Your refund goes out today.', 'your parcel was left in the rain')).toBe(false);
  });
  test('the reply calls the same wait ridiculous: said already', () => {
    expect(replyHasItsSay('An hour on hold for a PIN is ridiculous, and thanks for waiting. Your PIN is below.', 'you were on hold for an hour for a PIN')).toBe(true);
  });
});

describe('stems: the same word in another form is the same thing', () => {
  test('"bans" and "banned", "delay" and "delayed"', () => {
    expect(replyHasItsSay('Bans are final.', 'you were banned')).toBe(true);
    expect(replyHasItsSay('Sorry for the delay with your parcel.', 'your parcel was delayed')).toBe(true);
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

describe('the reply explains it works as it was made to, and owns no fault', () => {
  test('a voucher for full-price items only, a level that unlocks when the event starts: the apology waits', () => {
    expect(replyHasItsSay('Hi! The WINTER15 voucher is for full-price items only, so it skips the sale items in your basket.', 'the voucher WINTER15 isn’t working at checkout')).toBe(true);
    expect(replyHasItsSay('The bonus levels unlock when the event starts on Friday.', 'the bonus levels aren’t showing up')).toBe(true);
  });
  test('the same explanation beside an owned fault keeps the filled apology', () => {
    expect(replyHasItsSay('The WINTER15 voucher is for full-price items only. Our checkout page didn’t say so, which is our mistake.', 'the voucher WINTER15 isn’t working at checkout')).toBe(false);
  });
  test('an explanation about something else does not count', () => {
    expect(replyHasItsSay('Gift cards are for online orders only.', 'the voucher WINTER15 isn’t working at checkout')).toBe(false);
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
