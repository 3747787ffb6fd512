// A company's legal footer under the sign-off is no part of what the agent wrote: it is blanked
// like a quoted thread, so its "privacy policy" is never flagged. Our own invented replies.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { ownText } from '../../src/engine/own-text';

const score = createScorer();
const flagged = (reply: string) => score({ reply }).findings.filter((f) => f.kind === 'flag').map((f) => f.ruleId);

const BODY = 'Hi Sam,\n\nI have refunded the £20 today and it will reach you by Friday.\n\n';

describe('legal footer under the sign-off', () => {
  test('a confidentiality notice and what follows it are blanked, the name kept', () => {
    const reply = `${BODY}Kind regards,\nJo Park\nAcme Ltd\nThis email and any attachments are confidential and intended solely for the addressee.\nUnder our privacy policy we keep records.`;
    const own = ownText(reply);
    expect(own.length).toBe(reply.length);
    expect(own).toContain('Jo Park');
    expect(own).not.toContain('confidential');
    expect(own).not.toContain('privacy policy');
  });

  test('a registration or call-recording line under the sign-off is blanked', () => {
    const reply = `${BODY}Best wishes,\nJo\nCalls may be recorded for training in line with our privacy policy.\nRegistered in England, company no. 0000.`;
    expect(ownText(reply)).not.toMatch(/privacy|Registered/);
    expect(flagged(reply)).not.toContain('policy-shield');
  });

  test('the same words in the body are still the agent’s', () => {
    const reply = 'Hi Sam,\n\nIn line with our privacy policy, we can’t share this.\n\nKind regards,\nJo';
    expect(ownText(reply)).toBe(reply);
    expect(flagged(reply)).toContain('policy-shield');
  });

  test('without a sign-off line nothing is taken for a footer', () => {
    const reply = 'Hi Sam, calls may be recorded in line with our privacy policy, so I can’t send it.';
    expect(ownText(reply)).toBe(reply);
  });
});
