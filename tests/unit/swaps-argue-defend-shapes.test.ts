// argue-defend Swaps by shape: an insistence on our side said as a check the customer can
// answer, a reminder or an announcement dropped with the point kept as news, an emphasis word
// dropped. Each Swap reads in place and can be sent as it stands.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf, swappedFor } from './swap-helpers';

const cases: [string, string][] = [
  ['I can assure you that the voucher was applied correctly.', 'I’ve checked and the voucher was applied correctly; if anything on your side looks different, tell me and I’ll look again.'],
  ['Hi Ana, we can confirm the deposit is accurate.', 'Hi Ana, I’ve checked and the deposit is accurate; if anything on your side looks different, tell me and I’ll look again.'],
  ['Our invoices definitely went out on the 2nd.', 'Our invoices went out on the 2nd.'],
  ['For the avoidance of doubt, the sale ended on Sunday.', 'The sale ended on Sunday.'],
  ['To be blunt, the lift was inspected last week.', 'The lift was inspected last week.'],
  ['I want to make it clear that the key deposit is kept.', 'The key deposit is kept.'],
  ['You’ll recall that you chose the annual plan.', 'You chose the annual plan.'],
  ['I have explained to you countless times that the lounge opens at nine.', 'The lounge opens at nine.'],
];

describe('argue-defend Swaps by shape', () => {
  test.each(cases)('%s', (reply, after) => expect(swappedFor('argue-defend', reply).after).toBe(after));

  test('an assurance whose clause goes on to a verdict offers no Swap', () => {
    const flags = ruleFlagsOf('argue-defend', 'I can assure you the fee is correct, so it stands.');
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((f) => !f.swap)).toBe(true);
  });
});
