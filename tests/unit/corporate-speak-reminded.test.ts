// corporate-speak: "be reminded" is one more formal way of being told ("please be reminded that",
// "kindly be reminded"); a plain "just a reminder" stays quiet.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf } from './swap-helpers';

const corporateIn = (reply: string) => ruleFlagsOf('corporate-speak', reply).map((f) => f.text);

describe('corporate-speak: being reminded', () => {
  test.each([
    ['Please be reminded that the locker key must be returned by Sunday.', 'Please be reminded that'],
    ['Kindly be reminded that our showroom closes at 6pm.', 'Kindly be reminded that'],
  ])('%j is flagged', (reply, words) => {
    expect(corporateIn(reply)).toContain(words);
  });

  test('a plain reminder stays quiet', () => {
    expect(corporateIn('Just a reminder: the locker key goes back by Sunday.')).toEqual([]);
  });
});
