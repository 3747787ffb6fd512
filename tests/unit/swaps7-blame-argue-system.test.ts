// blame-shift, argue-defend and system-says Swaps, seventh round (issue 11): shapes that lost
// their Swap — an "as I said" set off mid-sentence, a "so you're wrong about…" that closes the
// account, a guessed slip with when it happened — each read from the sentence's structure.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf, swappedFor } from './swap-helpers';

/** Each family: the rule, the reply as an agent wrote it, and the reply after the Swap. */
const families: Record<string, [string, string, string][]> = {
  'the agent\'s own "as I said" set off by commas mid-sentence: it goes, the point reads on': [
    ['argue-defend', 'Sir, as I already explained before, the late fee is added after 14 days.', 'Sir, the late fee is added after 14 days.'],
    ['argue-defend', 'The deposit is held by the agency, and, as we mentioned in our letter of May, it is returned after the inspection.', 'The deposit is held by the agency, and it is returned after the inspection.'],
    ['argue-defend', 'I hear you, but as previously advised, the upgrade needs a new contract.', 'I hear you, but the upgrade needs a new contract.'],
    // (Was left without a Swap by swaps2-argue-defend.test.ts: the aside now goes with one comma, and the clause after it keeps its own.)
    ['argue-defend', 'The meter is fine, as I explained in my last email, and the bill stands.', 'The meter is fine, and the bill stands.'],
  ],
  'an "Again," that opens the point: it goes, the point stays as written': [
    ['argue-defend', 'Again, the booking fee is listed on the payment page, it’s not hidden.', 'The booking fee is listed on the payment page, it’s not hidden.'],
  ],
  'the customer told they are wrong as the verdict closing the account: it goes with its join': [
    ['argue-defend', 'Hi Dan, the van stopped at the rear gate, not the front; the photos are clear on that, so you’re wrong about where it stopped.', 'Hi Dan, the van stopped at the rear gate, not the front; the photos are clear on that.'],
    ['argue-defend', 'Hello, the bin was emptied at the kerb; the crew logged it, so you are mistaken about the collection.', 'Hello, the bin was emptied at the kerb; the crew logged it.'],
  ],
  'a slip guessed at, with when it happened: said of what was done, the when kept': [
    ['blame-shift', 'You must have chosen the large frame when ordering.', 'It looks like the large frame may have been chosen when ordering.'],
    ['blame-shift', "You must have selected 'collect in store' at checkout.", "It looks like 'collect in store' may have been selected at checkout."],
  ],
};

describe.each(Object.entries(families))('%s', (_family, rows) => {
  test.each(rows)('%j', (rule, reply, expected) => {
    expect(swappedFor(rule, reply).after).toBe(expected);
  });
});

describe('what stays as it was', () => {
  test('who else said it is kept: it may be what the customer needs', () => {
    const reply = 'The boiler is safe, as the engineer already told you, and the part is on order.';
    const flags = ruleFlagsOf('argue-defend', reply);
    expect(flags.length).toBeGreaterThan(0);
    for (const f of flags) if (f.swap) expect(f.swapSpan?.text ?? f.text).not.toContain('as the engineer');
  });
});

describe('a short sentence of blame or argument, with one sentence that carries the answer left', () => {
  test.each([
    ['blame-shift', 'Hi, the cot was booked for one night only, as the confirmation shows. The extra night was your choice.', 'Hi, the cot was booked for one night only, as the confirmation shows.'],
    ['argue-defend', 'That clicking is the defrost timer, which every model of this range has. There is nothing wrong with the unit.', 'That clicking is the defrost timer, which every model of this range has.'],
  ])('%j', (rule, reply, expected) => {
    expect(swappedFor(rule, reply).after).toBe(expected);
  });

  test('not where the next sentence names what it said ("Our decision is final.")', () => {
    const reply = 'Our fitter photographed the roof after the job and no tile was cracked. We are not responsible for the leak. Our decision is final.';
    // Not left out: a Swap that says the same refusal plainly ("We can't cover the leak, but…") keeps what the decision names.
    for (const f of ruleFlagsOf('blame-shift', reply)) if (f.swap) expect(f.replacement).toMatch(/\bcan’t cover the leak\b/);
  });
});
