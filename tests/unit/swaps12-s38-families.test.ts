// Stop 38 (issue 11 §2): more flags with a Swap, each a family read on tune half a and written
// here in sentences of our own: a wrong detail said without "you" as its cause; another party
// the agent is advised or told to go to, with a condition or as a suggestion; "To be fair," and a
// figure's verdict with what follows it. (A date left to fill keeps its place: stop 38's read.)
// Each Swap reads in place and clears its flag; the near misses get none of that kind.
import { describe, expect, test } from 'vitest';
import { expectSwap, flagsWith } from './swap-helpers';

const swapOf = (rule: string, reply: string) => flagsWith(reply).find((f) => f.ruleId === rule);

describe('blame-shift: the wrong detail, without "you" as its cause', () => {
  test.each([
    ['I checked and you gave us the wrong postcode, so the van went to Leeds.', 'you gave us the wrong', 'I checked and we had the wrong postcode, so the van went to Leeds.'],
    ['We checked and you selected the wrong size, so the boots were a 7.', 'you selected the wrong', 'We checked and the wrong size was selected, so the boots were a 7.'],
    ['You entered the wrong card number when you paid.', 'You entered the wrong', 'The wrong card number was entered when you paid.'],
    ['You chose the wrong plan.', 'You chose the wrong', 'The wrong plan was chosen.'],
  ])('%j', (reply, words, expected) => expectSwap('blame-shift', reply, words, expected));

  test('not where the clause turns on a reason of its own', () => {
    const f = swapOf('blame-shift', 'You picked the wrong plan because you did not read the page.');
    if (f?.swap) expect(f.replacement).not.toMatch(/^the wrong plan was picked/i);
  });
});

describe('blame-shift: another party, taken up by the agent', () => {
  test.each([
    ['You would need to speak to the insurer if you want to appeal.', 'You would need to speak to the insurer', 'I’ll speak to the insurer for you if you want to appeal.'],
    ['We would recommend contacting the airline about the refund.', 'We would recommend contacting the airline', 'I’ll contact the airline about the refund for you and let you know what they say.'],
    ['I would suggest speaking to the manufacturer.', 'I would suggest speaking to the manufacturer', 'I’ll speak to the manufacturer for you and let you know what they say.'],
    ['We would recommend contacting them directly.', 'We would recommend contacting them', 'I’ll contact them for you and let you know what they say.'],
  ])('%j', (reply, words, expected) => expectSwap('blame-shift', reply, words, expected));

  test('not where the condition is the party’s own act: "for you" would not read', () => {
    const f = swapOf('blame-shift', 'You will need to call the courier if they do not turn up by noon.');
    if (f?.swap) expect(f.replacement).not.toMatch(/for you if they/);
  });
});

describe('argue-defend: the verdict goes, the point or the next step stays', () => {
  test.each([
    ['To be fair, the opening hours are on the door.', 'To be fair,', 'The opening hours are on the door.'],
    ['The fee is correct and I can’t waive it.', 'The fee is correct', 'The fee is based on [how it was worked out], and I can’t waive it.'],
  ])('%j', (reply, words, expected) => expectSwap('argue-defend', reply, words, expected));

  test('not where what follows is another verdict that points back at it ("and that decision is final")', () => {
    const f = flagsWith('The fee is correct and that decision is final.').find((x) => x.ruleId === 'argue-defend');
    if (f?.swap) expect(f.replacement).not.toMatch(/based on \[how it was worked out\], and that/);
  });
});

describe('unfilled-placeholder: a date left to fill keeps its place (no Swap drops it)', () => {
  // Stop 38's read: "…back in stock." without the date was judged worse six times of six ("drops
  // the date the customer needs"); the agent fills it, the Swap does not take it out.
  test.each([
    'The sofa is back in stock on [restock date].',
    'I have refunded the deposit, which will reach your account by <date>.',
    'The offer stays open until [expiry date].',
    'It will be in your portal on [date], and I will email you a copy.',
  ])('no Swap: %j', (reply) => {
    const f = swapOf('unfilled-placeholder', reply);
    expect(f).toBeDefined();
    expect(f!.swap).toBeUndefined();
  });
});

describe('canned-empathy: a stock line before what was done, with a subject of its own', () => {
  test.each([
    ['We take every complaint seriously and your notes have been passed to the head chef.', 'We take every complaint seriously', 'Your notes have been passed to the head chef.'],
  ])('%j', (reply, words, expected) => expectSwap('canned-empathy', reply, words, expected));

  test('not where what follows has no verb of its own: the stock line stays flagged without that Swap', () => {
    const f = swapOf('canned-empathy', 'We take every complaint seriously and your notes too.');
    if (f?.swap) expect(f.replacement).not.toMatch(/^your notes too/i);
  });
});

describe('unfilled-placeholder: a slot named by a role alone is left for the agent to fill', () => {
  // Stop 38's read judged "by the technician" / "the hotel" in place of the name no better (1
  // worse, 3 the same): the Swap does not put the bare role in.
  test.each([
    'Your boiler was serviced by <engineer name>, who left a report.',
    'The form is at [CLINIC NAME] reception.',
  ])('no role Swap: %j', (reply) => {
    const f = swapOf('unfilled-placeholder', reply);
    expect(f).toBeDefined();
    expect(f!.swap).toBeUndefined();
  });
});
