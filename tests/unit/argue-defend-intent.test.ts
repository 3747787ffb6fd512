// argue-defend, stop 38's intent frames (src/engine/rules/flags/argue-defend-intent.ts), and the
// advice near miss of "displayed clearly" (argue-defend.ts): wordings each must catch and near
// misses it must leave quiet. All sentences invented for this test.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf } from './swap-helpers';

const flagged = (reply: string) => ruleFlagsOf('argue-defend', reply).length > 0;

const intents: [string, string[], string[]][] = [
  [
    'agreement claimed for our side before the customer gives it',
    [
      'Surely you can see why the late fee applies.',
      'I’m sure you’ll appreciate that we cannot make exceptions for one guest.',
      'Of course you can understand our position on this.',
    ],
    [
      'I’m sure you can see the new date in the app now.',
      'I’m sure you will enjoy the upgraded room.',
      'Of course you can change the delivery day online.',
    ],
  ],
  [
    'the reproach of having to say it again',
    [
      'I am not sure how much clearer I can make this.',
      'I don’t know how else I can explain the fee.',
      'We’re not sure how many more ways we can put it.',
    ],
    [
      'I’m not sure how the fee was worked out, so I’m checking it now.',
      'I don’t know how long the courier will take, but I’ll chase them today.',
    ],
  ],
  [
    'our side’s word beyond doubt',
    [
      'The technician signed off the boiler and we have no reason to doubt him.',
      'I see no reason to question the surveyor’s findings.',
    ],
    [
      'There is no reason to worry: the refund is on its way.',
      'I had no reason to expect the parcel would be late, so I’m sorry it was.',
    ],
  ],
  [
    'reminded that a warning was written down',
    [
      'Uploads over 5MB are rejected, which the form warns about on the upload page.',
      'The stone can stain, which the listing mentions on the product page.',
    ],
    [
      'Which page did you see the price on?',
      'The form warns about large files now, after your message.',
    ],
  ],
  [
    'told where it was written, but not advice about what the customer shows',
    ['The deposit terms are written clearly in the contract.'],
    ['Please ensure your house number is displayed clearly on your door.', 'Make sure the postcode is written clearly on the label.'],
  ],
];

describe('argue-defend: stop 38 intent frames', () => {
  for (const [intent, caught, quiet] of intents) {
    describe(intent, () => {
      test.each(caught)('flags: %s', (reply) => expect(flagged(reply)).toBe(true));
      test.each(quiet)('leaves quiet: %s', (reply) => expect(flagged(reply)).toBe(false));
    });
  }
});
