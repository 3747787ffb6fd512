// Where an opening move (an apology, a restatement, a thank-you) is inserted: after the greeting
// and any opening sentences, before the answer. Replies are our own.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { openingPoint } from '../../src/engine/opening';

const point = (reply: string) => openingPoint(reply, reply);
const after = (reply: string) => {
  const p = point(reply);
  return p === undefined ? undefined : reply.slice(p.offset);
};

describe('openingPoint', () => {
  test('after the greeting, on its line or its own', () => {
    expect(after('Hi Dana, I checked the order.')).toBe('I checked the order.');
    expect(after('Hi Dana,\n\nI checked the order.')).toBe('I checked the order.');
    expect(after('Dear Mr. Patel,\nI checked the order.')).toBe('I checked the order.');
    expect(after('Good morning Sam! I checked the order.')).toBe('I checked the order.');
    expect(after('  I checked the order.')).toBe('I checked the order.');
    // Lower case after the greeting's comma finishes its sentence: the move goes after it.
    expect(after('Hi, fair question. Prices went up in March.')).toBe('Prices went up in March.');
    expect(after('Hey there, good catch! I’ve fixed it.')).toBe('I’ve fixed it.');
  });

  test('a template token in the greeting is one word: the move never goes inside "{{ticket.requester.first_name}}" or "[Customer name]"', () => {
    expect(after('Hi {{ticket.requester.first_name}},\n\nI checked the order.')).toBe('I checked the order.');
    expect(after('Dear {{ customer.name }}, I checked the order.')).toBe('I checked the order.');
    expect(after('Hello [Customer name. First only], I checked the order.')).toBe('I checked the order.');
  });

  test('after the @handles a public reply opens with: a move before them would break the mention', () => {
    expect(after('@dana_r I checked the order.')).toBe('I checked the order.');
    expect(after('@dana_r @ShopHelp Hi Dana, I checked the order.')).toBe('I checked the order.');
    expect(after('Hi @dana_r, I checked the order.')).toBe('I checked the order.');
    expect(after('@dana_r Sorry about the wait. It ships today.')).toBe('It ships today.');
    expect(point('@dana_r')).toBeUndefined();
    // An address in the middle of the words is not a mention to step over.
    expect(after('Write to help@shop.example and I will check.')).toBe('Write to help@shop.example and I will check.');
  });

  test('after the opening sentences already there, so a second move follows the first', () => {
    expect(after('Hi Dana, thanks for writing. I checked the order.')).toBe('I checked the order.');
    expect(after('Hi Dana, I’m sorry your parcel is late. Thank you for your patience. It ships today.')).toBe('It ships today.');
    expect(after('Let me make sure I understand: the parcel is late. Is that right? It ships today.')).toBe('It ships today.');
    expect(after('Hi Dana, I can see the parcel is late. It ships today.')).toBe('It ships today.');
  });

  test('no point where the greeting has no end, or nothing follows it', () => {
    expect(point('Hi Dana I checked the order')).toBeUndefined();
    expect(point('Hi Dana,')).toBeUndefined();
    expect(point('Hi Dana, thanks for writing.')).toBeUndefined();
    expect(point('')).toBeUndefined();
  });

  test('carries the text that follows, for the page to check it still reads the same', () => {
    expect(point('Hi Dana, I checked the order and it left our depot on Monday afternoon.')).toEqual({ offset: 9, next: 'I checked the order and it left our depot on Monday'.slice(0, 40) });
  });

  test('reads a long reply of apologies no further than a few sentences', () => {
    const reply = `Hi, ${'Sorry. '.repeat(10_000)}It ships today.`;
    expect(point(reply)!.offset).toBe(4 + 4 * 'Sorry. '.length);
  });
});

describe('opening moves in the scorer', () => {
  const score = createScorer();
  const customer = 'My parcel never arrived and you charged me twice!';

  test('an apology carries the opening point; a move for the end does not', () => {
    const { findings } = score({ reply: 'Hi Dana, I checked the order.', customer });
    const apology = findings.find((f) => f.ruleId === 'sincere-apology')!;
    expect(apology.insertAt).toEqual({ offset: 9, next: 'I checked the order.' });
    const nextSteps = findings.find((f) => f.ruleId === 'next-steps')!;
    expect(nextSteps.insertAt).toBeUndefined();
  });

  test('the point is in the agent’s own words, never in a quoted thread below them', () => {
    const reply = 'Hi Dana,\n\nOn Mon, 3 Mar 2025, Dana wrote:\n> My parcel never arrived.';
    const apology = score({ reply, customer }).findings.find((f) => f.ruleId === 'sincere-apology');
    expect(apology?.insertAt).toBeUndefined();
  });
});
