// The anchor automaton as the build writes it, kept small (a fresh worker reads and decodes its
// base64 before anything else): failure links in 16 bits with the few beyond that apart, and the
// states where opening literals end as a list rather than a count for every state.
import RULE_TABLES from 'virtual:replycoach/rule-tables';
import { describe, expect, test } from 'vitest';
import { AnchorIndex } from '../../src/engine/anchors';

/** `count` distinct lower-case words of 9 to 12 letters, the same every run. */
function words(count: number): string[] {
  const made = new Set<string>();
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  while (made.size < count) {
    let word = '';
    for (let n = 9 + (next() % 4); word.length < n; ) word += String.fromCharCode(97 + (next() >>> 8) % 26);
    made.add(word);
  }
  return [...made];
}

describe('the anchor tables', () => {
  test('hold failure links in 16 bits, and the few beyond that as state and link', () => {
    const { fail, failBeyond } = RULE_TABLES.reply.automaton;
    expect(fail).toBeInstanceOf(Uint16Array);
    expect(fail.length).toBeGreaterThan(0x10000);
    expect(failBeyond.length % 2).toBe(0);
    expect(failBeyond.length).toBeGreaterThan(0);
    for (let k = 0; k < failBeyond.length; k += 2) {
      expect(fail[failBeyond[k]!]).toBe(0xffff);
      expect(failBeyond[k + 1]).toBeGreaterThanOrEqual(0xffff);
      expect(failBeyond[k + 1]).toBeLessThan(failBeyond[k]!);
    }
  });

  test('list the state where each opening literal ends, in state order', () => {
    const { openingStates, literalLength } = RULE_TABLES.reply.automaton;
    expect(openingStates.length).toBe(literalLength.length);
    for (let i = 1; i < openingStates.length; i++) expect(openingStates[i]).toBeGreaterThanOrEqual(openingStates[i - 1]!);
  });

  test('an automaton with failure links beyond 16 bits, compiled at run time, finds every literal where it is', () => {
    const base = words(12_000);
    // "q" and a word: deep in it, a state fails to that word's own deep state, numbered past 65,535.
    const list = [...base, ...base.slice(0, 3000).map((word) => `q${word}`)];
    const index = new AnchorIndex();
    const ids = list.map((word) => index.pattern({ rule: word }).id);
    expect(index.tables().automaton.failBeyond.length).toBeGreaterThan(0);
    const text = list.filter((_, i) => i % 7 === 0).join(' ') + ` x${list[1]} ${list[2]}`;
    const scan = index.scan(text);
    list.forEach((word, i) => {
      const start = word.slice(0, 12);
      const expected: number[] = [];
      for (let at = text.indexOf(start); at >= 0; at = text.indexOf(start, at + 1)) if (at === 0 || text[at - 1] === ' ') expected.push(at);
      expect(scan.starts[ids[i]!] ?? []).toEqual(expected);
    });
  }, 60_000);
});
