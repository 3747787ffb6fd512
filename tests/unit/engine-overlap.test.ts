// Does the reply name the customer's issue? Content keys and the namesIssue rule,
// on canonical text (lower case, straight quotes). Our own sentences throughout.
import { describe, expect, test } from 'vitest';
import { contentKeys, keyGeneration, namesIssue } from '../../src/engine/overlap';

type Case = [customer: string, reply: string, names: boolean];

const CASES: Record<string, Case[]> = {
  'stems meet': [
    ['my flight was cancelled', 'we are looking into the cancellation now', true],
    ['the booking for my trip is wrong', 'your new seat is booked', true],
    ['my connecting train', 'the connection is fixed', true],
    // Longer than ten characters: compared character by character.
    ['an international transfer', 'internationally, transfers take longer', true],
    ['abcdefghijklmnopqrstu wxyz', 'abcdefghijklmnopqrstv', false],
    ['abcdefghijklmnopqrstu wxyz', 'abcdefghijklmnopqrstu', true],
  ],
  'concepts meet': [
    ['where is my parcel', 'the delivery is on its way', true],
    ['i was overcharged', 'a refund is on its way', true],
    ['the screen arrived cracked', 'we will replace the damaged unit', true],
    ['i cannot log in', 'try a password reset', true],
  ],
  'numbers are enough alone': [
    ['i paid £89 twice for the seat upgrade on my paris flight', 'the £89 will come back', true],
    ['order #88213 never came, the tracking page is blank and support ignores me', 'checking 88213 now', true],
    ['the $45.50 fee for bags on the lisbon route', 'about that $45.50', true],
    ['i paid €12 for the seat upgrade on my paris flight', 'the €12 will come back', true],
    // One digit is not an identifier: it counts as one ordinary key.
    ['the 5 bags on the lisbon route and the seat upgrade', 'all 5 of them', false],
  ],
  'ignored words do not count': [
    ['please help me with my account today', 'please help with your account today', false],
    ['lost luggage', 'sorry about that, thanks for your message', false],
    ['', 'anything at all', false],
    ['the luggage', '', false],
    ['i am so frustrated', 'we are frustrated too', false],
  ],
  'one shared key is enough for a short complaint': [
    ['the seat was broken', 'about your seat', true],
    ['seat broken, flight', 'about your seat', true],
    ['seat broken, flight dirty', 'about your seat', false],
  ],
  'two shared keys are needed otherwise': [
    ['the seat on the paris flight was broken and dirty', 'about your seat', false],
    ['the seat on the paris flight was broken and dirty', 'about your seat and the paris flight', true],
    ['the seat on the paris flight was broken and dirty', 'seat seat seat, seats', false],
    ['the seat on the paris flight was broken and dirty', 'your seat was damaged', true],
  ],
  'any characters separate words': [
    ['my 📦 parcel 📦 is late', 'your delivery📦', true],
    ["the customer's seat", 'seat...', true],
    // Hyphens and dots belong to words: "seat--broken" is one word.
    ['my e-ticket never came', 'the e-ticket is on its way', true],
    ['seat--broken...', 'seat broken', false],
    ['Upper Case Is Not Canonical', 'upper case', false],
    ['café lounge', 'caf', true],
  ],
};

function checkAll(): void {
  for (const [name, cases] of Object.entries(CASES)) {
    for (const [customer, reply, names] of cases) {
      expect(namesIssue(contentKeys(customer), reply), `${name}: ${customer} / ${reply}`).toBe(names);
    }
  }
}

describe('namesIssue', () => {
  for (const [name, cases] of Object.entries(CASES)) {
    test.each(cases)(`${name}: %j / %j`, (customer, reply, names) => {
      expect(namesIssue(contentKeys(customer), reply)).toBe(names);
    });
  }

  test('content keys: stems and concepts, once each; no keys for ignored words', () => {
    expect(contentKeys('cancelled cancellation cancel').size).toBe(1);
    expect(contentKeys('parcel delivery courier').size).toBe(1);
    expect(contentKeys('booking booked books').size).toBe(1);
    expect(contentKeys('please thanks the and you').size).toBe(0);
    expect(contentKeys('').size).toBe(0);
    expect(contentKeys('--- ... \'\' $ £ €').size).toBe(0);
    expect(contentKeys('£89 89').size).toBe(1);
  });

  test('after the memory bound starts a new generation, results are unchanged', () => {
    checkAll();
    const before = keyGeneration();
    const words: string[] = [];
    for (let i = 0; i < 110_000; i++) words.push(`zq${i}`);
    contentKeys(words.join(' '));
    // The bound is checked between texts: the next text starts over.
    const keys = contentKeys('the seat was broken');
    expect(keyGeneration()).toBe(before + 1);
    expect(namesIssue(keys, 'about your seat')).toBe(true);
    checkAll();
    // The same words again after the start over (each holds a digit: an identifier).
    const many = contentKeys(words.slice(0, 50).join(' '));
    expect(many.size).toBe(50);
    expect(namesIssue(many, `about ${words[31]}`)).toBe(true);
    expect(namesIssue(many, `${words[60]} and ${words[61]}`)).toBe(false);
  });
});
