// blame-shift, stop 38's intent frames (src/engine/rules/flags/blame-shift-intent.ts): for each
// intent, wordings it must catch and the near misses it must leave quiet. All sentences invented
// for this test.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf } from './swap-helpers';

const flagged = (reply: string) => ruleFlagsOf('blame-shift', reply).length > 0;

const intents: [string, string[], string[]][] = [
  [
    'advice after the fact, whatever the verb',
    [
      'Please arrive ten minutes early in future.',
      'Please top up the account before the collection date to avoid this.',
      'You should store the card away from your phone going forward.',
      'Kindly label every box with the flat number from now on.',
      'Please double-book the porter so this does not happen again.',
      'Please allow an extra day for any future deliveries.',
      'You will need to fill in both pages before submitting again.',
    ],
    [
      'Please let me know next time and I will sort it straight away.',
      'Feel free to use the same code in future.',
      'Please reply to this email in future, so it comes straight to me.',
      'I will make sure the driver calls ahead in future.',
      'Please keep this reference for your future bookings.',
      'Please find attached the new timetable for future bookings.',
    ],
  ],
  [
    'the matter put on another party, with us set apart',
    [
      'The band is set by the valuation agency, not the council.',
      'Warranty repairs are covered by the manufacturer rather than us.',
      'Refund decisions are made by our underwriters, not the chat team.',
      'The surcharge was decided by the venue, and not by us.',
    ],
    [
      'The band is set by the valuation agency, not the council, so I have asked them to review it today.',
      'The delay was caused by our courier, not by you, and I have already chased them.',
      'The refund was approved by our underwriters this morning.',
    ],
  ],
];

describe('blame-shift: stop 38 intent frames', () => {
  for (const [intent, caught, quiet] of intents) {
    describe(intent, () => {
      test.each(caught)('flags: %s', (reply) => expect(flagged(reply)).toBe(true));
      test.each(quiet)('leaves quiet: %s', (reply) => expect(flagged(reply)).toBe(false));
    });
  }
});

// Stop 38, second round: the customer's act told in the passive.
describe("blame-shift: the customer's act in the passive", () => {
  test.each([
    'The auto-renew option was switched on by you in March.',
    'Those files were deleted by you before the backup ran.',
    'The saver fare was chosen by you when you booked.',
  ])('flags: %s', (reply) => expect(flagged(reply)).toBe(true));
  test.each([
    'The auto-renew option was switched on by you or by us in error, so I have turned it off.',
    'Your new address was entered by you on Monday and I have arranged the engineer for it.',
    'The order was placed by your colleague, and the card holder was emailed.',
    'The refund was sent to your card today.',
  ])('leaves quiet: %s', (reply) => expect(flagged(reply)).toBe(false));
});

describe('blame-shift: the duty put on the customer as a role', () => {
  test.each([
    'It is up to the account holder to keep the PIN safe.',
    'It was up to you to check the dates before paying.',
    "It's always up to the passenger to carry a valid ID.",
  ])('flags: %s', (reply) => expect(flagged(reply)).toBe(true));
  test.each([
    "It's up to you to decide which date suits you best.",
    'It is up to you to choose between a refund and a replacement.',
    'It was up to us to check the dates, and I have refunded the fee.',
  ])('leaves quiet: %s', (reply) => expect(flagged(reply)).toBe(false));
});
