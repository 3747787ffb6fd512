// sorry-for-wait where our wait is the complaint (issue 11 §2, the product lead's decision 2):
// when the customer's message complains of waiting on us (acknowledge-repeat's signal:
// "still waiting", "third email", "no reply"), the Swap keeps the apology they are owed beside
// the thank-you; elsewhere it is the thank-you alone, as RULES.md says. Same flags either way.
import { describe, expect, test } from 'vitest';
import { flagsWith, expectSwap } from './swap-helpers';

const CHASED = 'I emailed on Monday and again on Wednesday and I am still waiting for someone to reply.';
const CALM = 'Could you tell me whether the blue kettle comes with a two-year guarantee?';

describe('sorry-for-wait when the customer complains of waiting on us', () => {
  test.each([
    [
      'Sorry for the wait! The guarantee on the blue kettle is two years.',
      'Sorry for the wait',
      'Thank you for your patience, and I’m sorry it took us this long! The guarantee on the blue kettle is two years.',
    ],
    [
      'Apologies for the delay in getting back to you. The guarantee on the blue kettle is two years.',
      'Apologies for the delay in getting back to you',
      'Thank you for your patience, and I’m sorry it took us this long. The guarantee on the blue kettle is two years.',
    ],
    [
      'Hi Priya, I’m sorry for taking so long to reply on this. The guarantee is two years.',
      'I’m sorry for taking so long to reply',
      'Hi Priya, Thank you for your patience on this, and I’m sorry it took us this long. The guarantee is two years.',
    ],
    [
      'Sorry for the slow reply, it’s been a busy week at the depot. The guarantee is two years.',
      'Sorry for the slow reply',
      'Thank you for your patience, and I’m sorry it took us this long, it’s been a busy week at the depot. The guarantee is two years.',
    ],
  ])('%j keeps the apology', (reply, words, expected) => {
    expectSwap('sorry-for-wait', reply, words, expected, { customer: CHASED });
  });

  test('the same reply to a customer who did not complain of the wait: the thank-you alone', () => {
    expectSwap('sorry-for-wait', 'Sorry for the wait! The guarantee on the blue kettle is two years.', 'Sorry for the wait', 'Thank you for your patience! The guarantee on the blue kettle is two years.', { customer: CALM });
  });

  // Stop 38's read: the reply's "sorry you had to write twice" owns the chasing, not the slow
  // answer; the thank-you alone there was judged worse. (swaps12-wait-on-us.test.ts has the rest.)
  test('a reply that already owns the repeat still keeps the apology for the wait', () => {
    expectSwap(
      'sorry-for-wait',
      'Sorry for the slow reply. I’m sorry you had to write twice about the kettle; the guarantee is two years.',
      'Sorry for the slow reply',
      'Thank you for your patience, and I’m sorry it took us this long. I’m sorry you had to write twice about the kettle; the guarantee is two years.',
      { customer: CHASED },
    );
  });

  test('a sentence that goes on past the apology gets no Swap that would drop it', () => {
    const reply = 'Sorry for the delay, and thank you for the photos of the kettle. The guarantee is two years.';
    const [flag] = flagsWith(reply, { customer: CHASED }).filter((f) => f.ruleId === 'sorry-for-wait');
    expect(flag?.text).toBe('Sorry for the delay');
    expect(flag?.swap).toBeUndefined();
    expect(flag?.replacement).toBe('Thank you for your patience, and I’m sorry it took us this long.');
  });

  test('which words are flagged does not depend on the customer message', () => {
    for (const reply of ['Sorry for the wait! The guarantee is two years.', 'So sorry to keep you waiting, the guarantee is two years.']) {
      const spans = (customer: string) => flagsWith(reply, { customer }).map((f) => [f.ruleId, f.start, f.end]);
      expect(spans(CHASED)).toEqual(spans(CALM));
    }
  });
});
