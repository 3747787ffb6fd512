// sorry-for-wait where our wait is the complaint, said without counting contacts (stop 38's read
// of tune half a: three of seven worse pairs). "Two weeks and not heard a word", "on hold for an
// hour", "still no reply": the Swap keeps the apology beside the thank-you, as it does for "third
// email". A customer whose PARCEL is late has not complained of our reply's wait: the thank-you alone.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { expectSwap, flagsWith } from './swap-helpers';

const REPLY = 'Sorry for the wait! The replacement filter is in the post today.';
const WORDS = 'Sorry for the wait';
const KEPT = 'Thank you for your patience, and I’m sorry it took us this long! The replacement filter is in the post today.';
const THANKS_ALONE = 'Thank you for your patience! The replacement filter is in the post today.';

describe('the customer complains of waiting on us in words that count no contacts', () => {
  test.each([
    'I wrote to you about the leaking filter a fortnight ago and have not heard a word since.',
    'I raised this ten days ago and haven’t heard anything back. Does anyone actually read these?',
    'Been on hold for over an hour this morning, now trying email. The filter leaks.',
    'I waited 45 minutes to speak to someone and gave up. The filter leaks.',
    'Still no reply about my leaking filter.',
    'The filter leaks and there has been no response to my complaint from March.',
    'Do you even read your emails? The filter is leaking.',
  ])('%j: the Swap keeps the apology', (customer) => {
    expectSwap('sorry-for-wait', REPLY, WORDS, KEPT, { customer });
  });

  test.each([
    'My replacement filter is two weeks late and I still haven’t received anything.',
    'I’ve been waiting three weeks for my parcel. Still nothing.',
    'The courier held my parcel for 5 days at the depot.',
    'Could you tell me when the replacement filter will ship?',
    'I heard nothing wrong with the pump, but the filter leaks.',
  ])('%j is not a wait on our reply: the thank-you alone', (customer) => {
    expectSwap('sorry-for-wait', REPLY, WORDS, THANKS_ALONE, { customer });
  });

  test('the signal reads the customer only: the flagged words are the same either way', () => {
    const spans = (customer: string) => flagsWith(REPLY, { customer }).map((f) => [f.ruleId, f.start, f.end]);
    expect(spans('Still no reply about my leaking filter.')).toEqual(spans('Could you tell me when the filter will ship?'));
  });

  test('acknowledge-repeat still reads its own signal: a wait said without a contact does not suggest it', () => {
    const suggested = createScorer()({ reply: REPLY, customer: 'Been on hold for over an hour this morning. The filter leaks.' }).findings.some((f) => f.ruleId === 'acknowledge-repeat');
    expect(suggested).toBe(false);
  });
});

describe('a reply that owns the chasing still owes the apology for the slow answer', () => {
  test('beside "sorry you had to write again", the Swap keeps its apology for the wait', () => {
    expectSwap(
      'sorry-for-wait',
      'I’m so sorry for the slow reply; I’m sorry you had to write again as well. The filter is in the post today.',
      'I’m so sorry for the slow reply',
      'Thank you for your patience, and I’m sorry it took us this long; I’m sorry you had to write again as well. The filter is in the post today.',
      { customer: 'Third message about this, no answer to the other two. The filter leaks.' },
    );
  });

  test('where the customer did not complain of a wait, the reply’s own apology stands: the thank-you alone', () => {
    expectSwap(
      'sorry-for-wait',
      'Sorry for the slow reply. I’m sorry you had to get back in touch about the filter; it is in the post today.',
      'Sorry for the slow reply',
      'Thank you for your patience. I’m sorry you had to get back in touch about the filter; it is in the post today.',
      { customer: 'The replacement filter you sent leaks too.' },
    );
  });

  test('a second apology for the wait joined by "and" gets no Swap that would run three clauses on "and"', () => {
    const reply = 'Hi Ana, I’m sorry you’ve had no reply, and apologies for how long this has taken. The filter is in the post.';
    const flags = flagsWith(reply, { customer: 'Still no reply about my leaking filter.' }).filter((f) => f.ruleId === 'sorry-for-wait');
    expect(flags.map((f) => f.text)).toEqual(['I’m sorry you’ve had no reply', 'apologies for how long this has taken']);
    expect(flags.filter((f) => f.swap)).toEqual([]);
  });
});
