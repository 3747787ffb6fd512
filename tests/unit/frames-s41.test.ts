// Flag frames of stop 41 (issue 16 §2): shapes missed in short social and chat replies and in
// general wording, each over word classes, with the near misses each must leave quiet.
// All sentences invented for this test.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf } from './swap-helpers';

const shapes: [rule: string, shape: string, caught: string[], quiet: string[]][] = [
  [
    'blame-shift',
    'the fault traced to a slip in general words',
    [
      'Failed top-ups are normally due to an incorrect card number.',
      'Wobbly legs are nearly always down to improper assembly.',
      'This looks like a simple user error, not a fault.',
      'Faded prints usually come from poor storage in direct sunlight.',
    ],
    [
      'The wobble was not down to improper assembly; it is a faulty batch.',
      // The plain account a blame-shift Swap leaves (tests/unit/swaps-blame-shift.test.ts).
      'The form bounced because the postcode was typed incorrectly.',
      'The outage was due to a wrong setting on our side.',
      'Please enter your card number and press pay.',
    ],
  ],
];

describe.each(shapes)('%s frames: %s', (rule, _shape, caught, quiet) => {
  test.each(caught)('caught: %s', (reply) => expect(ruleFlagsOf(rule, reply).length).toBeGreaterThan(0));
  test.each(quiet)('quiet: %s', (reply) => expect(ruleFlagsOf(rule, reply)).toEqual([]));
});
