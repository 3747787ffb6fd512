import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { applyEdit, realigned, swapEdit, swapRange } from '../../src/engine/swap';
import { endOfOwnWords, followed } from '../eval/follow';
import type { Finding } from '../../src/engine';

const swapped = (text: string, phrase: string, replacement: string) => {
  const start = text.indexOf(phrase);
  return applyEdit(text, swapEdit(text, start, start + phrase.length, replacement));
};

describe('a Swap on the reply text', () => {
  test('replaces exactly the flagged words', () => {
    expect(swapped('Thanks. Kindly note the refund takes five days.', 'Kindly note', 'Please note')).toBe('Thanks. Please note the refund takes five days.');
  });
  test('“I” says nothing about where the sentence starts', () => {
    expect(swapped('It applies to everyone, so I’m unable to change it.', 'I’m unable to change it', 'here is what I can do')).toBe(
      'It applies to everyone, so here is what I can do.',
    );
    expect(swapped('Hi Dana, I’m unable to change it.', 'I’m unable to change it', 'here is what I can do')).toBe('Hi Dana, Here is what I can do.');
    expect(swapped('I’m unable to change it.', 'I’m unable to change it', 'here is what I can do')).toBe('Here is what I can do.');
  });
  test('a capital mid-sentence (an acronym, a name) is not passed on', () => {
    expect(swapped('Engineers are working to fix it ASAP.', 'ASAP', 'by [day and time]')).toBe('Engineers are working to fix it by [day and time].');
  });
  test('a better phrasing written as a sentence opens is lower case where the agent’s word was, mid-sentence', () => {
    expect(swapped('Hello, kindly note that the charge is pro-rated.', 'kindly note that', 'Just so you know,')).toBe('Hello, just so you know, the charge is pro-rated.');
    expect(swapped('Thanks, and with reference to your email, it is fixed.', 'with reference to', 'About')).toBe('Thanks, and about your email, it is fixed.');
    // "I" and a name keep theirs.
    expect(swapped('Hello, the undersigned will call.', 'the undersigned', 'I')).toBe('Hello, I will call.');
    expect(swapped('Hi, we’ll call you.', 'we’ll', 'I’ll')).toBe('Hi, I’ll call you.');
  });
  test('a phrase ending in a comma does not double the agent’s own comma', () => {
    expect(swapped('Per my previous email, a new leg is on order.', 'Per my previous email', 'To recap,')).toBe('To recap, a new leg is on order.');
  });
  test('keeps a sentence-opening capital', () => {
    expect(swapped('Thanks. we will call you.', 'we will', "I'll")).toBe("Thanks. I'll call you.");
    expect(swapped('We will call you.', 'We will', "i'll")).toBe("I'll call you.");
  });
  test('a removal takes its space along and passes the capital on', () => {
    expect(swapped('Please be advised that your refund is on its way.', 'Please be advised that', '')).toBe('Your refund is on its way.');
    expect(swapped('Hi Dana, please be advised that it is late.', 'please be advised that', '')).toBe('Hi Dana, it is late.');
    expect(swapped('Dear citizen, it is to inform you that your request', 'it is to inform you that', '')).toBe('Dear citizen, your request');
  });
  test('a removal takes the comma that closed the removed words', () => {
    expect(swapped('With respect, you were not charged twice.', 'With respect', '')).toBe('You were not charged twice.');
    expect(swapped('the database has no renewal, and with all due respect, if you had renewed', 'with all due respect', '')).toBe(
      'the database has no renewal, and if you had renewed',
    );
  });
  test('a removal that closes its sentence or line takes the space and comma before it', () => {
    expect(swapped('I have attached the form herewith.', 'herewith', '')).toBe('I have attached the form.');
    expect(swapped('We will refund you accordingly, please be advised. Thanks', 'please be advised', '')).toBe('We will refund you accordingly. Thanks');
    expect(swapped('The form is attached herewith\nRegards', 'herewith', '')).toBe('The form is attached\nRegards');
  });
  test('a whole sentence left out takes the contrast that only answered it', () => {
    expect(swapped("You are wrong about this. However, I've refunded the fee.", 'You are wrong about this. ', '')).toBe("I've refunded the fee.");
    expect(swapped('Hi Sam,\nThat is on you. But the fee is waived this time.', 'That is on you. ', '')).toBe('Hi Sam,\nThe fee is waived this time.');
    expect(swapped('You should have read it. That said, we can extend it.', 'You should have read it. ', '')).toBe('We can extend it.');
    // Not a contrast: "Still waiting" is the sentence's own words; words inside a sentence are not a sentence.
    expect(swapped('It was your choice. Still waiting on the part.', 'It was your choice. ', '')).toBe('Still waiting on the part.');
    expect(swapped('Sadly, however, it is late.', 'Sadly', '')).toBe('However, it is late.');
  });
  test('a removal at the end of the text leaves the rest alone', () => {
    expect(swapped('All done, kindly', 'kindly', '')).toBe('All done, ');
  });
});

describe('following the coach (tests/eval/follow.ts): where the agent’s own words end', () => {
  test.each([
    ['Your refund is done.\n\nKind regards,\nBen Lowry\nAffordability Team\nAshdown Water', 'Your refund is done.'],
    ['It is final.\n\nYours sincerely,\nMortgage Services', 'It is final.'],
    ['Hi Dana,\nThanks for waiting.\nYour refund is done.', 'Hi Dana,\nThanks for waiting.\nYour refund is done.'],
    ['Done.\n\nCheers\nSam\n\nOn Tue, 3 Mar 2025, Dana wrote:\n> where is it', 'Done.'],
    ['Your complaint has been reviewed.\n\nCustomer Resolutions', 'Your complaint has been reviewed.'],
    ['We are unable to make exceptions.\n\nTrust & Safety\n\nOn 11 Mar, Kieran wrote:\n> banned', 'We are unable to make exceptions.'],
    ['It is sorted.\n\nlet me know if not', 'It is sorted.\n\nlet me know if not'],
    ['@Dana the right size is on its way 📦 ^Hana', '@Dana the right size is on its way 📦'],
    ['Refund sent, sorry again! ~JT', 'Refund sent, sorry again!'],
    ['Please try rebuilding the database from safe mode. -PlayPort', 'Please try rebuilding the database from safe mode.'],
    ['I’ve rebooked for Thursday. – Niamh', 'I’ve rebooked for Thursday.'],
    ['Done.\n\nWarmly,\nTasha\nFreshCart Customer Care', 'Done.'],
    ['Your inquiry is logged.\n\nRespectfully,\nCustomer Service Unit', 'Your inquiry is logged.'],
    // A company footer under the signature is still signature.
    ['Done.\n\nBest regards,\nPriya\nDoorly Support\n\nThis message may contain confidential information. If you are not the intended recipient, please delete it.', 'Done.'],
    ['Done.\n\nRegards,\nBilling Team\nVennatel Ltd. Registered in England. Emails are answered within 2 working days.', 'Done.'],
    // A dash inside the sentence is not a signature.
    ['It’s a known issue -fixed tomorrow', 'It’s a known issue -fixed tomorrow'],
  ])('%j', (reply, own) => {
    expect(reply.slice(0, endOfOwnWords(reply))).toBe(own);
  });
});

describe('following the coach (tests/eval/follow.ts): where the ready sentences go', () => {
  const suggestion = (replacement: string, insertAt?: Finding['insertAt']): Finding => ({
    ruleId: 'x', kind: 'suggestion', category: 'listening', severity: 'hint', start: 0, end: 0, text: '', message: '', replacement, ...(insertAt ? { insertAt } : {}),
  });
  const reply = 'Hi Dana, as per your email the refund is done.\n\nKind regards,\nSam';
  const swap: Finding = { ruleId: 'y', kind: 'flag', category: 'ownership', severity: 'warn', start: 9, end: 26, text: 'as per your email', message: '', replacement: 'following your email', swap: true };

  test('an opening move after the greeting, before a swap at the same place; others after the agent’s words', () => {
    const findings = [swap, suggestion('I’m sorry the refund took so long.', { offset: 9, next: 'as per your email' }), suggestion('I’ll call you today.')];
    expect(followed(reply, findings)).toBe('Hi Dana, I’m sorry the refund took so long. following your email the refund is done. I’ll call you today.\n\nKind regards,\nSam');
  });
  test('after words with no stop, as Insert does, the sentence brings the stop they lacked', () => {
    expect(followed('Thanks for sticking with us -Ian', [suggestion('I’ll call you today.')])).toBe('Thanks for sticking with us. I’ll call you today. -Ian');
  });
});

describe('realigned: spans scored before text went in ahead of them', () => {
  const reply = 'Hi Dana, kindly note that the refund is done. Kindly note that we are open.';
  const spans = [
    { start: 9, end: 25, expected: 'kindly note that' },
    { start: 46, end: 62, expected: 'Kindly note that' },
  ];

  test('as they are when the reply still reads the same there', () => {
    expect(realigned(reply, spans)).toEqual(spans);
  });

  test('all moved by the length of an opening sentence inserted after the greeting', () => {
    const inserted = 'I’m sorry it took so long. ';
    const now = reply.slice(0, 9) + inserted + reply.slice(9);
    const moved = realigned(now, spans)!;
    expect(moved.map((s) => now.slice(s.start, s.end))).toEqual(['kindly note that', 'Kindly note that']);
    expect(moved[0]!.start).toBe(9 + inserted.length);
  });

  test('refused when no single move fits every span (the words themselves changed)', () => {
    expect(realigned('Hi Dana, kindly note that the refund is done. Please note that we are open.', spans)).toBeUndefined();
    expect(realigned('Hi Dana, the refund is done.', spans)).toBeUndefined();
  });

  test('the nearest move wins where the words repeat', () => {
    const text = 'As per policy. As per policy. As per policy.';
    expect(realigned(text, [{ start: 16, end: 22, expected: 'As per' }])).toEqual([{ start: 15, end: 21, expected: 'As per' }]);
  });
});

describe('a template’s name slot in the greeting swaps to the customer’s first name', () => {
  const score = createScorer();
  const slotIn = (reply: string, customerName?: string) =>
    score({ reply, ...(customerName !== undefined ? { customerName } : {}) }).findings.find((f) => f.kind === 'flag' && f.ruleId === 'unfilled-placeholder');
  const swapped = (reply: string, customerName: string) => {
    const f = slotIn(reply, customerName)!;
    expect(f.swap).toBe(true);
    const r = swapRange(f);
    return applyEdit(reply, swapEdit(reply, r.start, r.end, f.replacement));
  };

  test.each([
    ['Hi {{ticket.requester.first_name}},\nYour refund went out today.', 'Dana Reyes', 'Hi Dana,\nYour refund went out today.'],
    ['Dear [Customer Name],\nYour refund went out today.', 'Reyes, Dana', 'Dear Dana,\nYour refund went out today.'],
    ['hey [NAME], looks like the payment didn’t go through!', 'kevin liu', 'hey Kevin, looks like the payment didn’t go through!'],
    ['@ops_nina Hi %FIRST_NAME%, yes!', 'Nina Ops', '@ops_nina Hi Nina, yes!'],
    ['Dear <Patient>,\nYour appointment is confirmed.', 'Dr. Imran Siddiqui', 'Dear Imran,\nYour appointment is confirmed.'],
  ])('%j (shown as %j)', (reply, customerName, after) => {
    expect(swapped(reply, customerName)).toBe(after);
  });

  test.each([
    // Not the customer's name, or not in a greeting.
    ['Hi {{agent_name}},\nYour refund went out today.', 'Dana Reyes'],
    ['Thanks for contacting {{company_name}}.', 'Dana Reyes'],
    ['Your refund of [amount] went out today.', 'Dana Reyes'],
    ['I passed your note to [name] in billing.', 'Dana Reyes'],
    // A title asks for the surname; a salutation may be one.
    ['Dear Mr [NAME],\nYour refund went out today.', 'Dana Reyes'],
    ['Dear {{customer.salutation}},\nYour refund went out today.', 'Dana Reyes'],
  ])('no Swap for %j (shown as %j)', (reply, customerName) => {
    const f = slotIn(reply, customerName);
    expect(f).toBeDefined();
    expect(f!.swap).toBeUndefined();
  });

  // No name shown, or none that reads as a person's: a casual greeting reads whole with "there".
  test.each([undefined, 'support@example.com'])('"there" for the slot when the name shown is %j', (customerName) => {
    const f = slotIn('Hi {{first_name}},\nYour refund went out today.', customerName);
    expect(f).toMatchObject({ swap: true, replacement: 'there' });
  });
});
