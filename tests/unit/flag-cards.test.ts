import { describe, expect, test } from 'vitest';
import { score } from '../../src/engine';
import type { Finding } from '../../src/engine/types';
import { flagCards } from '../../src/popup/flag-cards';

const flag = (ruleId: string, start: number, text: string, more: Partial<Finding> = {}): Finding => ({
  ruleId, kind: 'flag', category: 'ownership', severity: 'warn', start, end: start + text.length, text, message: '', replacement: '', ...more,
});

describe('flagCards', () => {
  test('flags side by side that one Swap fixes share a card, under the longest phrase', () => {
    const lead = { start: 0, end: 19, text: 'As per our records,' };
    const corporate = flag('corporate-speak', 0, 'As per', { swap: true, swapSpan: lead });
    const record = flag('system-says', 0, 'As per our records', { swap: true, swapSpan: lead });
    const cards = flagCards([corporate, record]);
    expect(cards).toHaveLength(1);
    expect(cards[0]!.finding).toBe(record);
    expect(cards[0]!.also).toEqual([corporate]);
    expect(cards[0]!.repeats).toEqual([record]);
  });

  test('a Swap over a lead and its clause heads its card with the first phrase, not the longest', () => {
    const clause = { start: 0, end: 70, text: 'As per our records, the system shows it was delivered, so you must have' };
    const lead = flag('system-says', 0, 'As per our records', { swap: true, swapSpan: clause });
    const blame = flag('blame-shift', 50, 'you must have missed it', { swap: true, swapSpan: clause });
    const record = flag('system-says', 20, 'the system shows', { swap: true, swapSpan: clause });
    const cards = flagCards([lead, record, blame]);
    expect(cards).toHaveLength(1);
    expect(cards[0]!.finding).toBe(lead);
    expect(cards[0]!.also).toEqual([record, blame]);
  });

  test('the same words with different fixes, or no Swap, stay apart', () => {
    const a = flag('corporate-speak', 0, 'As per', { swap: true, replacement: 'following' });
    const b = flag('system-says', 0, 'As per our records', { replacement: 'Our records say …' });
    const c = flag('we-for-i', 0, 'As per', { swap: true, replacement: 'under' });
    expect(flagCards([a, b, c]).map((card) => card.finding)).toEqual([a, b, c]);
  });

  test('repeats of a phrase are one card, whether or not a second flag shares their Swap', () => {
    const text = 'Please be advised that';
    const first = flag('corporate-speak', 0, text, { swap: true });
    const second = flag('corporate-speak', 40, 'please be advised that', { swap: true });
    const cards = flagCards([first, second]);
    expect(cards).toHaveLength(1);
    expect(cards[0]!.repeats).toEqual([first, second]);
  });

  test("a reply's own flags: no two cards offer the same Swap", () => {
    const reply = 'Please be advised that the system shows the payment was taken. As per our records, the system shows it was sent.';
    const flags = score({ reply, customer: 'You charged me twice and never sent it!' }).findings.filter((f) => f.kind === 'flag');
    const offered = flagCards(flags).filter((card) => card.finding.swap).map((card) => `${card.finding.swapSpan?.start ?? card.finding.start}:${card.finding.replacement}`);
    expect(offered.length).toBeGreaterThan(1);
    expect(new Set(offered).size).toBe(offered.length);
  });

  test('a Swap that opens a sentence reads with its capital on the card, as it will in the reply', () => {
    const reply = 'Hi Dana. It is our policy not to refund. As per our records, the system shows it was delivered, so you must have missed it.';
    const flags = score({ reply, customer: 'It never came!' }).findings.filter((f) => f.kind === 'flag' && f.swap && f.replacement !== '');
    const opening = flags.filter((f) => (f.swapSpan?.start ?? f.start) === reply.indexOf('As per'));
    expect(opening.length).toBeGreaterThan(0);
    for (const f of opening) expect(f.replacement).toMatch(/^Our records show it was delivered/);
    const inside = flags.find((f) => f.ruleId === 'policy-shield');
    expect(inside?.replacement).toMatch(/^, but/);
  });
});
