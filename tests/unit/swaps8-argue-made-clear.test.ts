// argue-defend Swaps, eighth round (issue 11): "I have already made this clear…:" leading into
// the point by a colon goes, and the point stays as the agent made it.
import { describe, expect, test } from 'vitest';
import { swappedFor } from './swap-helpers';

describe('"made this clear" that leads, by a colon, into the point: the lead goes', () => {
  test.each([
    ['I have already made this clear in my last two emails: the voucher expired in March.', 'The voucher expired in March.'],
    ['We’ve made it very clear before: the deposit is returned after the inspection.', 'The deposit is returned after the inspection.'],
  ])('%j', (reply, expected) => {
    expect(swappedFor('argue-defend', reply).after).toBe(expected);
  });
});

describe('a contradiction or disagreement that only leads into the facts: the lead goes', () => {
  test.each([
    ['Contrary to what you’ve said, we have no record of the call on Monday.', 'We have no record of the call on Monday.'],
    ['Contrary to what you have written in your email, the order left our depot on 4 June.', 'The order left our depot on 4 June.'],
    ['I’m going to have to disagree with you there: the service fee covers the callout, not the parts.', 'The service fee covers the callout, not the parts.'],
    ['I am going to have to disagree: the meter was read on 2 May.', 'The meter was read on 2 May.'],
  ])('%j', (reply, expected) => {
    expect(swappedFor('argue-defend', reply).after).toBe(expected);
  });
});
