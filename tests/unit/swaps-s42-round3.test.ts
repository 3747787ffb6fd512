// Stop 42, Swaps round 3 (blind read 2): a record's Swap never drops the clause that gives the
// reason ("…, which is why payments continued to be collected"); a verdict with a figure kept
// before the doubt takes the offer alone, not "may be wrong"; a closure after an emoji or a dash
// on the same line closes the matter; we-for-i turns the act's other "we" too ("as soon as I can").
import { describe, expect, test } from 'vitest';
import { applySwap, ruleFlagsOf, swappedFor } from './swap-helpers';

const OFFER = 'but if you have anything that shows otherwise, send it to me and I’ll look again';

describe('the reason a record gives is never dropped', () => {
  test.each([
    'Hi Kate, we can see from our records that your membership remained active until 1 June, which is why payments continued to be collected.',
    'Hi Kate, our records show your membership remained active until 1 June, which means payments continued to be collected.',
    'Hi Kate, our billing system shows your membership remained active until 1 June, and that’s why payments continued to be collected.',
  ])('kept, or no Swap (%s)', (reply) => {
    const why = /(?:which is why|which means|that’s why) payments continued to be collected/u.exec(reply)![0];
    for (const f of ruleFlagsOf('system-says', reply).filter((g) => g.swap)) {
      const { after } = swappedFor('system-says', reply, f.text);
      expect(after).toContain(why);
    }
  });
});

test('"which means…" after a record quoted against the customer stays too (it was cut before)', () => {
  const reply = 'Your order confirmation lists a blue case, which means the blue one was selected at checkout. We can swap it once it’s back with us.';
  for (const f of ruleFlagsOf('system-says', reply, 'I ordered the black case, not the blue one!').filter((g) => g.swap)) {
    expect(applySwap(reply, f)).toContain('which means the blue one was selected at checkout');
  }
});

describe('a verdict with a figure kept before the doubt: the offer alone', () => {
  test('no "may be wrong" after "£350 is the figure that applies"', () => {
    const reply =
      'Our policy administration system holds your compulsory excess as £350, and your documents are generated from that system, so £350 is the figure that applies.';
    for (const f of ruleFlagsOf('system-says', reply).filter((g) => g.swap)) {
      const { after } = swappedFor('system-says', reply, f.text);
      expect(after).toContain('so £350 is the figure that applies');
      expect(after).not.toMatch(/may be wrong/u);
    }
  });
});

test('a reason kept before the doubt: the offer alone too', () => {
  const { after } = swappedFor('system-says', 'Our account history shows an outstanding balance of $112, which is why it was referred.');
  expect(after).toBe(`Our account history shows an outstanding balance of $112, which is why it was referred, ${OFFER}.`);
});

describe('a closure after an emoji or a dash on the same line closes the matter', () => {
  test.each([
    'our handheld shows it was signed for by the recipient ✍️ nothing more we can do on our end',
    'our handheld shows it was signed for by the recipient - nothing more we can do on our end',
    'our handheld shows it was signed for by the recipient — the case is closed on our side',
  ])('no check promised beside it (%s)', (reply) => {
    for (const f of ruleFlagsOf('system-says', reply).filter((g) => g.swap)) {
      const { after } = swappedFor('system-says', reply, f.text);
      expect(after).not.toMatch(/I’m checking|may be wrong/u);
    }
  });

  test('nothing closes it: the doubt and the check stay', () => {
    const { after } = swappedFor('system-says', 'our handheld shows it was signed for by the recipient ✍️ let me know');
    expect(after).toContain('so I’m checking');
  });
});

describe('we-for-i: the same act’s other "we" turns too', () => {
  test.each([
    ['The promoter is confirming the new date and we’ll be in touch as soon as we can.', 'The promoter is confirming the new date and I’ll be in touch as soon as I can.'],
    ['We will get back to you as soon as we’re able to.', 'I’ll get back to you as soon as I’m able to.'],
    ['We’ll reply as quickly as we can.', 'I’ll reply as quickly as I can.'],
  ])('%s', (reply, expected) => {
    const { after } = swappedFor('we-for-i', reply);
    expect(after.replaceAll("'", '’')).toBe(expected);
  });

  test('a "we" of another act stays', () => {
    const { after } = swappedFor('we-for-i', 'We’ll call you once we hear back from the promoter.');
    expect(after).toBe('I’ll call you once we hear back from the promoter.');
  });
});

describe('a record that grants what the customer asked about: no doubt, no offer', () => {
  test('the record answers them', () => {
    const reply = 'Our device database lists your TV model as 4K-capable. Please check your internet speed, which must be at least 25 Mbps for 4K streaming.';
    for (const f of ruleFlagsOf('system-says', reply).filter((g) => g.swap)) {
      expect(applySwap(reply, f)).not.toMatch(/may be wrong|shows otherwise|I’m checking/u);
    }
  });

  test('a record that denies them keeps its doubt', () => {
    const { after } = swappedFor('system-says', 'Our device database lists your TV model as not 4K-capable.');
    expect(after).toMatch(/may be wrong|shows otherwise/u);
  });
});
