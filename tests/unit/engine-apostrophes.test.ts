import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { withApostrophes, writesStraightApostrophes } from '../../src/engine/apostrophes';

const score = createScorer();
const customer = 'My parcel never arrived and I was charged twice!';
const replacements = (reply: string) => score({ reply, customer }).findings.map((f) => f.replacement).filter((r) => /[’']/.test(r));

describe('what the coach inserts takes the reply’s apostrophes', () => {
  test('a reply typed with straight apostrophes gets straight ones in every Swap and ready sentence', () => {
    const offered = replacements("It's our policy not to refund opened items. The system shows it was delivered.");
    expect(offered.length).toBeGreaterThan(3);
    for (const text of offered) expect(text).not.toContain('’');
    expect(offered.some((text) => text.includes("I'm"))).toBe(true);
  });

  test('a reply with curly apostrophes, or none, keeps the coach’s curly ones', () => {
    for (const reply of ['It’s our policy not to refund opened items. The system shows it was delivered.', 'Our policy is no refunds on opened items. The system shows it was delivered.']) {
      const offered = replacements(reply);
      expect(offered.some((text) => text.includes('I’m'))).toBe(true);
      expect(offered.some((text) => /\p{L}'\p{L}/u.test(text))).toBe(false);
    }
  });

  test('the customer’s words said back take the same apostrophes as the coach’s', () => {
    const customer = "You took my rent money twice and now I can't pay my landlord!";
    const sorry = (reply: string) => score({ reply, customer }).findings.find((f) => f.ruleId === 'sincere-apology')?.replacement;
    expect(sorry('Hi, thanks for getting in touch.')).toBe('I’m sorry to hear your rent money was taken twice and now you can’t pay your landlord.');
    expect(sorry("Hi, thanks for getting in touch, we're looking at it.")).toBe("I'm sorry to hear your rent money was taken twice and now you can't pay your landlord.");
  });

  test('a reply mixing both is left to the coach’s style; quotes are not apostrophes', () => {
    expect(writesStraightApostrophes("It's fine, but it’s late")).toBe(false);
    expect(writesStraightApostrophes("You were marked 'did not attend'")).toBe(false);
    expect(writesStraightApostrophes("We can't")).toBe(true);
    expect(withApostrophes('I’m sure the ‘Book’ button’s fine', true)).toBe("I'm sure the ‘Book’ button's fine");
    expect(withApostrophes("I’m sorry you can't pay the 'fee'", false)).toBe("I’m sorry you can’t pay the 'fee'");
  });
});
