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
