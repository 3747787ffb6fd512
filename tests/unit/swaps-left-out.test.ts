// A blame-shift or argue-defend flag that no rewrite turns is left out where the reply reads on
// without it (src/engine/leave-out.ts): the sentence whole, or the clause from the join before
// the flagged words to the sentence's end. Not where the words left out carry a fact, a step or
// an offer, nor where the reply leans on them (a "So…" or "them" after, too little left).
import { describe, expect, test } from 'vitest';
import { applySwap, flagsOf, swappedFor } from './swap-helpers';

const swapped = (ruleId: string, reply: string) => swappedFor(ruleId, reply).after;
const noSwap = (ruleId: string, reply: string) => {
  const flags = flagsOf(reply).filter((f) => f.ruleId === ruleId);
  expect(flags.length).toBeGreaterThan(0);
  expect(flags.filter((f) => f.swap).map((f) => f.text)).toEqual([]);
};

describe('a sentence that is only blame or argument goes', () => {
  test.each([
    [
      'blame-shift',
      'Hi Ola,\n\nYour boiler was serviced by another firm. That\'s not something we\'re responsible for. I\'ve booked our engineer for a second look, and I\'ll ring you after.',
      'Hi Ola,\n\nYour boiler was serviced by another firm. I\'ve booked our engineer for a second look, and I\'ll ring you after.',
    ],
    [
      'argue-defend',
      'Hi Ola,\n\nThe voucher only works on full-price items. I think you are not correct about this. I\'ve added a one-off discount to your basket instead, and I\'ll keep an eye on it.',
      'Hi Ola,\n\nThe voucher only works on full-price items. I\'ve added a one-off discount to your basket instead, and I\'ll keep an eye on it.',
    ],
  ])('%s', (rule, reply, expected) => {
    expect(swapped(rule, reply)).toBe(expected);
  });
});

describe('a closing clause that is only blame goes, the clause before it stays', () => {
  test('after ", so"', () => {
    expect(swapped('blame-shift', "Hi Ola,\n\nThe router was set to the wrong channel, so you set it up wrong. I've sent you the settings, and I'll check the line from here.")).toBe(
      "Hi Ola,\n\nThe router was set to the wrong channel. I've sent you the settings, and I'll check the line from here.",
    );
  });
});

describe('a closing clause goes after a greeting on its line too, and with ", not ours"', () => {
  test('after a greeting', () => {
    expect(
      swapped('blame-shift', "Hi Ola, the aerial was fitted on the side of the roof you picked, so this is not the fitter's fault. I've booked a fitter to move it on Friday, and I'll text you the time."),
    ).toBe("Hi Ola, the aerial was fitted on the side of the roof you picked. I've booked a fitter to move it on Friday, and I'll text you the time.");
  });

  test('two flags of the rule in the clause offer the one Swap', () => {
    const reply = "Hi Ola,\n\nThe update only changes the menu layout, so it's down to how your laptop was set up, not our app. I've sent you the steps to reset it, and I'll stay on this chat until it works.";
    const flags = flagsOf(reply).filter((f) => f.ruleId === 'blame-shift');
    expect(flags.length).toBe(2);
    for (const f of flags) expect(applySwap(reply, f)).toBe("Hi Ola,\n\nThe update only changes the menu layout. I've sent you the steps to reset it, and I'll stay on this chat until it works.");
  });
});

describe('not where the reply needs it', () => {
  test.each([
    ['the next sentence draws from it', "Hi Ola,\n\nYour boiler was serviced by another firm. That's not something we're responsible for. So the repair is chargeable.\n\nThanks"],
    ['the next sentence names what it named', "Hi Ola,\n\nYour boiler was serviced by another firm. That's not something we're responsible for. Please ask them for the service sheet."],
    ['too little would be left', "Hi Ola,\n\nThat's not something we're responsible for. I've booked our engineer."],
    ['what follows the blame turns to what the agent does', "Hi Ola,\n\nThe parcel was left at the door you named, so it's not our fault, but I've sent a replacement that will arrive tomorrow."],
    ['a date the reply needs', "Hi Ola,\n\nYou should have scheduled the viewing on 3 May. I've booked you a new slot, and I'll confirm it by email."],
    ['a second clause after a colon', "Hi Ola,\n\nThe parts came from the supplier, so the problem is on the supplier side: I'll chase them today."],
  ])('%s', (_why, reply) => {
    noSwap('blame-shift', reply);
  });
});

describe('system-says: the claim that the record cannot be wrong goes, the record cited stays', () => {
  test('a sentence of its own claiming the record is right', () => {
    expect(
      swapped(
        'system-says',
        'Hi Ola,\n\nYour smart meter sent a reading of 4,120 units on the 2nd. The meter data is accurate and reliable. I\'ve asked for a second reading, and I\'ll write to you on Friday.',
      ),
    ).toBe("Hi Ola,\n\nYour smart meter sent a reading of 4,120 units on the 2nd. I've asked for a second reading, and I'll write to you on Friday.");
  });
  test('not the record itself: a sentence that only cites it keeps its doubt Swap or none, never goes', () => {
    const reply = "Hi Ola,\n\nThe delivery log shows the box was left at the door. I've asked the courier for the photo, and I'll write to you on Friday.";
    const { after } = swappedFor('system-says', reply);
    expect(after).toContain('the box was left at the door');
  });
});
