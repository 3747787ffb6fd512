// Following the coach, read blind on tune half a at stop 37: moves offered where the customer was
// not upset (a merchant's name in capitals read as shouting, good news read as a complaint), and
// ready sentences that said what the reply then took back. Each table pairs what changes with a
// near miss that keeps the move. The texts are written for these tests.
import { describe, expect, test } from 'vitest';
import { createScorer, type Finding } from '../../src/engine';

const scoreReply = createScorer();
const findingsOf = (customer: string, reply: string): Finding[] => scoreReply({ reply, customer }).findings;
const sentence = (customer: string, reply: string, ruleId: string): string | undefined =>
  findingsOf(customer, reply).find((f) => f.kind === 'suggestion' && f.ruleId === ruleId)?.replacement;
const fires = (customer: string, reply: string, ruleId: string): boolean => sentence(customer, reply, ruleId) !== undefined;
/** What a naive follower inserts: a ready sentence with nothing left to fill in. */
const ready = (customer: string, reply: string, ruleId: string): boolean => {
  const s = sentence(customer, reply, ruleId);
  return s !== undefined && s !== '' && !/\[[^\]]*\]/.test(s);
};

describe('capitals the customer copies are not shouting', () => {
  test('a merchant name in quotation marks', () => {
    const reply = 'Thanks for telling us quickly. I have blocked the card and opened a dispute for the payment.';
    expect(fires("My statement lists a £42 payment to 'QXT MEDIA' that I never made.", reply, 'offer-call')).toBe(false);
    expect(fires('My statement lists a £42 payment to “QXT MEDIA” that I never made.', reply, 'offer-call')).toBe(false);
    // The same capitals unquoted are a raised voice.
    expect(fires('My statement lists a £42 payment I NEVER MADE and nobody will help.', reply, 'offer-call')).toBe(true);
  });
});
