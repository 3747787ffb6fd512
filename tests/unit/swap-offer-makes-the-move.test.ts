// The popup showed the same offer twice for "It is our policy…": the flag's Swap ("…, but here is
// what I can do instead: [what you can offer]") and the offer-alternative move's own sentence
// ("While I can't do that, here's what I can do instead: [nearest option]"). Where a Swap already
// asks for the offer, the move keeps its advice and offers no sentence of its own; where no Swap
// asks for one, the move still offers its sentence.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const score = createScorer();
const customer = 'I want a refund for the broken blender, this is ridiculous.';
const move = (reply: string) => score({ reply, customer }).findings.find((f) => f.kind === 'suggestion' && f.ruleId === 'offer-alternative');
const offerSwaps = (reply: string) => score({ reply, customer }).findings.filter((f) => f.kind === 'flag' && f.swap && /\[what you can (?:offer|do instead)\]/.test(f.replacement));

describe('a Swap that asks for the offer makes the offer-alternative move', () => {
  test.each([
    'It is our policy not to refund opened items.',
    'Hi Sam, unfortunately it is company policy that opened items cannot be refunded. Regards, Lee',
  ])('%j: the move stays as advice, with no second offer', (reply) => {
    expect(offerSwaps(reply).length).toBeGreaterThan(0);
    const m = move(reply);
    expect(m).toBeDefined();
    expect(m!.replacement).toBe('');
  });

  test('without a Swap asking for the offer, the move still offers its sentence', () => {
    const reply = 'I cannot refund opened items.';
    expect(offerSwaps(reply)).toEqual([]);
    const m = move(reply);
    expect(m).toBeDefined();
    expect(m!.replacement).toMatch(/here’s what I can do instead/);
  });
});
