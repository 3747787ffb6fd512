// The pattern-based flags of RULES.md's *Added rules* (unfilled-placeholder, we-for-i,
// sorry-for-wait, vague-time): replies that must fire each (with the exact words it marks),
// replies that must stay quiet, and swaps read back as the agent would see the reply after
// one click. All sentences are our own.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { applyEdit, swapEdit } from '../../src/engine/swap';
import type { Finding } from '../../src/engine/types';

const scoreReply = createScorer();
const flagsOf = (reply: string, ruleId: string): Finding[] =>
  scoreReply({ reply }).findings.filter((f) => f.kind === 'flag' && f.ruleId === ruleId);

type FireCase = [reply: string, marked: string];

const FIRES: Record<string, FireCase[]> = {
  'unfilled-placeholder': [
    ['Hi {{ticket.requester.first_name}}, your refund is on its way.', '{{ticket.requester.first_name}}'],
    ['Hello {{ name }}, thanks for waiting.', '{{ name }}'],
    ['Dear {customer_name}, your card has been sent.', '{customer_name}'],
    ['Hi [NAME], the engineer is booked.', '[NAME]'],
    ['I will [action] and confirm by [day and time].', '[action]'],
    ['Your refund of £[amount] has been issued.', '[amount]'],
    ['The technician arrives on <date> between 9 and 12.', '<date>'],
    ['Hello <customer first name>,\nyour order shipped.', '<customer first name>'],
    ['Hi %FIRST_NAME%, your export is ready.', '%FIRST_NAME%'],
    ['Hi *|FNAME|*, welcome back.', '*|FNAME|*'],
    ['Your reference number is XXX.', 'XXX'],
    ['Your plan renews on XX/XX and the price stays the same.', 'XX/XX'],
    ['A refund of $XX.XX is on its way to your card.', 'XX.XX'],
    ['Your new delivery date is DD/MM/YYYY.', 'DD/MM/YYYY'],
    ['Hi INSERT NAME, thanks for your patience.', 'INSERT NAME'],
    ['Please sign the form and return it by ____.', '____'],
  ],
  'we-for-i': [
    ['Thanks for flagging this. We will look into this today.', 'We will'],
    ['We’ll get back to you by Friday.', 'We’ll'],
    ['We are going to refund you in full.', 'We are going to'],
    ['We’re going to send a new router.', 'We’re going to'],
    ['we\'ll make sure the charge is removed', 'we\'ll'],
    ['We shall arrange a collection for Thursday.', 'We shall'],
    ['Thanks, we will also credit your account.', 'we will'],
    ['We’re reprinting the label today and it will ship tomorrow.', 'We’re'],
    ['We’ll be reaching out with the details.', 'We’ll'],
  ],
  'sorry-for-wait': [
    ['Sorry for the wait!', 'Sorry for the wait'],
    ['Apologies for the delay in getting back to you.', 'Apologies for the delay in getting back to you'],
    ['I’m sorry for the late reply.', 'I’m sorry for the late reply'],
    ['So sorry to keep you waiting!', 'So sorry to keep you waiting'],
    ['Please accept our apologies for the slow response to your email.', 'Please accept our apologies for the slow response to your email'],
    ['We regret the delay in responding.', 'We regret the delay in responding'],
    ['Please excuse my late reply.', 'Please excuse my late reply'],
    ['Sorry this took so long to answer.', 'Sorry this took so long to answer'],
    ['Sorry it’s taken me a few days to get back to you.', 'Sorry it’s taken me a few days to get back to you'],
    ['Apologies for not getting back to you sooner.', 'Apologies for not getting back to you sooner'],
    ['Sorry for the radio silence on our end!', 'Sorry for the radio silence on our end'],
    ['Sorry for the slow reply and for any confusion about the fee.', 'Sorry for the slow reply'],
    ['Hi Jo, apologies for keeping you waiting, the team has been swamped.', 'apologies for keeping you waiting'],
  ],
  'vague-time': [
    ['Your refund will be processed shortly.', 'shortly'],
    ['We will fix this as soon as possible.', 'as soon as possible'],
    ['An engineer will visit in due course.', 'in due course'],
    ['We’ll look at it at some point.', 'at some point'],
    // The promise and its vague time, side by side, are one flag (one Swap: "be in touch by [day and time]").
    ['Someone will be in touch in the coming days.', 'be in touch in the coming days'],
    ['I will update you once we hear back from the courier.', 'once we hear back'],
    ['We’ll get back to you.', 'get back to you'],
    ['The team will be in touch.', 'be in touch'],
    ['We will sort it ASAP.', 'ASAP'],
    ['It should be ready soon.', 'soon'],
    ['Your card will arrive in a few days.', 'in a few days'],
    ['I will check with the warehouse and get back to you.', 'get back to you'],
    ['The fix will be out any day now.', 'any day now'],
  ],
};

const QUIET: Record<string, string[]> = {
  'unfilled-placeholder': [
    'The customer wrote "it arrived broken [sic]" and we have replaced it.',
    'See [our returns page](https://example.com/returns) for the label.',
    'Your order (number 4471) shipped today.',
    'Use <b>bold</b> text or a line break<br> in the editor.',
    'Email us at <help@example.com> any time.',
    'The card ending xxxx 4821 was charged once.',
    'Thanks so much, speak soon xx',
    'Please insert your card into the reader.',
    'Use the [1] footnote for details.',
    'Dear Ms Rao,\n\nThe leak outside [number] 14 is on our pipe, so we will fix it.\n\nOn 1 May, Ann wrote:\n> The water is bubbling outside [number] 14.',
    'The XXL size is back in stock.',
  ],
  'we-for-i': [
    'We fly to Denver daily.',
    'We offer free returns on every order.',
    'We will never ask for your PIN by email.',
    'We will be closed on Monday for the bank holiday.',
    'We will need a photo of the receipt.',
    'We will all be glad when this is fixed.',
    'We will open at 9am tomorrow.',
    'If you return it within 30 days, we will refund any unused items.',
    'I’ll call the courier now and we’ll have a new date for you by noon.',
    'This isn’t something we’ll be revisiting.',
    'We will not charge you for the repair.',
    'We’re experiencing high volumes today.',
  ],
  'sorry-for-wait': [
    'I’m sorry your parcel was delayed.',
    'Sorry for the delay to your flight this morning.',
    'Apologies for the delay with your refund; it is now on its way.',
    'I’m sorry you had to wait so long at the airport.',
    'Thank you for your patience.',
    'Sorry it took three calls to get this fixed.',
    'I am sorry the engineer was late.',
    'Sorry for the inconvenience.',
  ],
  'vague-time': [
    'Your refund will be processed by 5pm today.',
    'We’ll be in touch within 3 working days.',
    'The engineer will visit on Friday.',
    'I will call you back tomorrow morning.',
    'Your card will arrive by 14 March.',
    'Speak soon!',
    'Thanks for letting us know in good time.',
    'I’ll email you the moment it ships.',
    'The charge drops off within a few days; you are never billed.',
    'As soon as the parcel arrives, you will get a text.',
    'We will get back to you within 24 hours.',
    'Shortly after you called, the payment went through.',
  ],
};

describe.each(Object.keys(FIRES))('%s fires', (ruleId) => {
  test.each(FIRES[ruleId]!)('%s', (reply, marked) => {
    const found = flagsOf(reply, ruleId);
    expect(found.map((f) => f.text)).toContain(marked);
    for (const f of found) expect(reply.slice(f.start, f.end)).toBe(f.text);
  });
});

describe.each(Object.keys(QUIET))('%s stays quiet', (ruleId) => {
  test.each(QUIET[ruleId]!)('%s', (reply) => {
    expect(flagsOf(reply, ruleId).map((f) => f.text)).toEqual([]);
  });
});

/** The reply after one click on the rule's swap, or null when the finding offers none. */
function afterSwap(reply: string, ruleId: string): string | null {
  const [f] = flagsOf(reply, ruleId);
  if (!f?.swap) return null;
  return applyEdit(reply, swapEdit(reply, f.start, f.end, f.replacement));
}

describe('swaps read back as a natural sentence', () => {
  test.each([
    ['We will look into this today.', 'I’ll look into this today.'],
    ['Thanks! We’ll get back to you by Friday.', 'Thanks! I’ll get back to you by Friday.'],
    ['OK, we are going to refund you in full.', 'OK, I’m going to refund you in full.'],
    ['We shall arrange a collection on Thursday.', 'I’ll arrange a collection on Thursday.'],
    ['Good news: we’re sending a replacement today.', 'Good news: I’m sending a replacement today.'],
  ])('we-for-i: %s', (reply, expected) => {
    expect(afterSwap(reply, 'we-for-i')).toBe(expected);
  });

  test.each([
    ['Sorry for the wait! Your SIM is on its way.', 'Thank you for your patience! Your SIM is on its way.'],
    ['Hi Ryan, sorry for the delay getting back to you. The room is booked.', 'Hi Ryan, thank you for your patience. The room is booked.'],
    ['I apologise for the delay in responding to your email. The refund is done.', 'Thank you for your patience. The refund is done.'],
    ['Sorry for the wait, Jo! It ships today.', 'Thank you for your patience, Jo! It ships today.'],
    ['So sorry to keep you waiting. Here is your code.', 'Thank you for your patience. Here is your code.'],
    ['Sorry it has taken so long to reply.', 'Thank you for your patience.'],
  ])('sorry-for-wait: %s', (reply, expected) => {
    expect(afterSwap(reply, 'sorry-for-wait')).toBe(expected);
  });

  test('an apology that shares its clause is flagged but not swapped', () => {
    const reply = 'Sorry for the slow reply and for any confusion about the fee.';
    expect(flagsOf(reply, 'sorry-for-wait')).toHaveLength(1);
    expect(afterSwap(reply, 'sorry-for-wait')).toBeNull();
  });

  test('a placeholder for a fact offers no swap, only the advice to fill it in', () => {
    for (const reply of ['Your code is [CODE], it is fixed.', 'Dear [NAME], it is fixed.', 'Thanks, [NAME], it is fixed.']) {
      const [f] = flagsOf(reply, 'unfilled-placeholder');
      expect(f?.swap).toBeUndefined();
      expect(f?.replacement).toBe('Fill it in before sending.');
    }
  });

  // With no name on the page, a casual greeting reads whole with "there"; "Dear there" would not.
  test.each([
    ['Hi [NAME], it is fixed.', 'Hi there, it is fixed.'],
    ['Hey {{first_name}}!\nIt is fixed.', 'Hey there!\nIt is fixed.'],
    ['@sam_k Hello <customer first name>, it is fixed.', '@sam_k Hello there, it is fixed.'],
  ])('a greeting’s name slot with no name shown: %j', (reply, expected) => {
    expect(afterSwap(reply, 'unfilled-placeholder')).toBe(expected);
    expect(createScorer()({ reply: expected }).findings.filter((f) => f.kind === 'flag')).toEqual([]);
  });
});

describe('offsets and text the agent did not write', () => {
  test('a placeholder after contractions and odd spaces is marked at its exact place', () => {
    const reply = 'We’ve  checked\u00a0it, and it’s  fixed. Your code is {{promo_code}}.';
    const [f] = flagsOf(reply, 'unfilled-placeholder');
    expect(f?.text).toBe('{{promo_code}}');
    expect(f?.start).toBe(reply.indexOf('{{'));
  });

  test('a quoted line or thread is not the agent’s', () => {
    for (const ruleId of Object.keys(FIRES)) {
      const reply = `Thanks, all sorted.\n\nOn 3 June, Sam wrote:\n> ${FIRES[ruleId]![0]![0]}`;
      expect(flagsOf(reply, ruleId)).toEqual([]);
    }
  });

  test('a repeated token in the agent’s own text is still a gap', () => {
    expect(flagsOf('Hi [NAME], your code for [NAME] is ready.', 'unfilled-placeholder')).toHaveLength(2);
  });
});

describe('vague-time: a Swap puts the time’s place where the vague words stood', () => {
  const swapOf = (reply: string) => createScorer()({ reply }).findings.find((f) => f.ruleId === 'vague-time' && f.swap);
  test.each([
    ['Your refund will be processed shortly.', 'shortly'],
    ['An engineer will call you as soon as possible.', 'as soon as possible'],
    ['It will be fixed soon, and I will email you.', 'soon'],
  ])('%j', (reply, words) => {
    expect(swapOf(reply)).toMatchObject({ text: words, replacement: 'by [day and time]' });
  });
  // A promise and its vague time a few words apart are one flag: the Swap keeps the promise and
  // what it brings, and gives the time its place.
  test.each([
    ['We will let you know the outcome at the earliest opportunity.', 'We will let you know the outcome by [day and time].'],
    ['Our team will be in touch about it before long.', 'Our team will be in touch about it by [day and time].'],
    ['I will come back to you at the earliest with confirmation.', 'I will come back to you by [day and time] with confirmation.'],
    ['We’ll get back to you soon about the freeze.', 'We’ll get back to you by [day and time] about the freeze.'],
  ])('one flag for the promise and its time: %j', (reply, expected) => {
    const flags = createScorer()({ reply }).findings.filter((f) => f.ruleId === 'vague-time');
    expect(flags).toHaveLength(1);
    expect(afterSwap(reply, 'vague-time')).toBe(expected);
  });
  test('not joined across another clause', () => {
    const reply = 'We will let you know once it is signed and then refund you shortly.';
    expect(createScorer()({ reply }).findings.filter((f) => f.ruleId === 'vague-time' && f.text.startsWith('let you know') && f.swap)).toEqual([]);
  });
  test('not where a time cannot take the words’ place, nor in a farewell', () => {
    expect(swapOf('I will refund it as and when it arrives.')).toBeUndefined();
    expect(swapOf('I will call you shortly after the visit.')).toBeUndefined();
    expect(createScorer()({ reply: 'Speak soon!' }).findings.filter((f) => f.kind === 'flag')).toEqual([]);
  });
});
