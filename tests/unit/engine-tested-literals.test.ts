// PrimedOnTest (regex.ts) with the literals the build proves for it (rule-tables.ts): until its
// regex is compiled, a text without one of them is answered without compiling, and the answer is
// always the regex's own.
import RULE_TABLES from 'virtual:replycoach/rule-tables';
import { describe, expect, test } from 'vitest';
import { AnchorIndex } from '../../src/engine/anchors';
// The ready-sentence clause's signs, made as the module loads.
import '../../src/engine/issue';
import { anchorsOf, gatesOf } from '../../src/engine/literals';
import { PrimedOnTest, PrimedOnUse, provenTestedLiterals, testedRegexes, useTestedLiterals } from '../../src/engine/regex';
import { loadSet } from '../eval/sets';

const prove = (source: string) => anchorsOf(source)?.map((a) => a.text) ?? null;
const proveGates = (source: string) => gatesOf(source).map((gate) => gate.map((a) => a.text));

/** Signs made as a module would make them, with the build's literals for them handed over. */
function signs<T extends Record<string, RegExp>>(regexes: T): { [K in keyof T]: PrimedOnTest } {
  const made = Object.fromEntries(Object.entries(regexes).map(([name, regex]) => [name, new PrimedOnTest(regex)]));
  useTestedLiterals(provenTestedLiterals(prove, proveGates));
  return made as { [K in keyof T]: PrimedOnTest };
}

describe('a PrimedOnTest regex with the literals the build proved', () => {
  test('is not compiled for a text without one of them, and answers false', () => {
    const { lost } = signs({ lost: /\bparcel (?:was |is )?(?:lost|missing)\b/i });
    expect(lost.test('The delivery was late again')).toBe(false);
    expect(lost.compiled).toBe(false);
    expect(lost.test('My PARCEL was Lost')).toBe(true);
    expect(lost.compiled).toBe(true);
  });

  test('is not compiled for a text without one literal of each further set (a gate) either', () => {
    const { waited } = signs({ waited: /\bsorry for the (?:long )?(?:wait|delay)\b/i });
    expect(waited.test('Sorry for the trouble, the delivery was late')).toBe(false);
    expect(waited.compiled).toBe(false);
    expect(waited.test('Sorry for the long delay')).toBe(true);
    expect(waited.compiled).toBe(true);
  });

  test('reads a line break as the space a class of both allows', () => {
    const { broken } = signs({ broken: /arrived[ \n]broken/ });
    expect(broken.test('it arrived\nbroken')).toBe(true);
  });

  test('is compiled as before where it reads Unicode', () => {
    const { unicode } = signs({ unicode: /parcel/u });
    expect(unicode.test('nothing here')).toBe(false);
    expect(unicode.compiled).toBe(true);
  });

  test('global or sticky, is not compiled for a text without one, and starts its next test from the start, as a test that failed would', () => {
    const { global, sticky } = signs({ global: /parcel/g, sticky: /parcel/y });
    for (const sign of [global, sticky]) {
      sign.regex.lastIndex = 3;
      expect(sign.test('nothing here')).toBe(false);
      expect(sign.compiled).toBe(false);
      expect(sign.regex.lastIndex).toBe(0);
      expect(sign.test('parcel')).toBe(true);
      expect(sign.regex.lastIndex).toBe(6);
    }
  });

  test('ignoring case, has none where one holds a non-ASCII letter (its other case could match)', () => {
    const { accent } = signs({ accent: /\u00e9t\u00e9/i });
    expect(accent.test('the shop is open')).toBe(false);
    expect(accent.compiled).toBe(true);
  });

  test('answers as its regex does on every sentence of the labelled cases, in any case', () => {
    const texts = [...loadSet('dev').cases, ...loadSet('tune').cases]
      .flatMap((c) => [c.reply, c.customer ?? ''])
      .flatMap((text) => text.split(/(?<=[.!?])\s+/))
      .flatMap((sentence) => [sentence, sentence.toLowerCase()]);
    // Every sign of the engine's modules: each test on a fresh one, compiled only if its literals let it.
    new AnchorIndex(RULE_TABLES.reply);
    let matched = 0;
    for (const regex of testedRegexes()) {
      for (const text of texts) {
        if (!regex.test(text)) continue;
        matched++;
        expect(new PrimedOnTest(new RegExp(regex.source, regex.flags)).test(text)).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(1000);
  }, 120_000);
});

describe('a PrimedOnUse regex (exec and replace) with the literals the build proved', () => {
  /** A fresh PrimedOnUse for each use of each source (one compile each), the build's literals handed over once. */
  function made(sources: RegExp[], uses: number): PrimedOnUse[][] {
    const all = sources.map((source) => Array.from({ length: uses }, () => new PrimedOnUse(new RegExp(source.source, source.flags))));
    useTestedLiterals(provenTestedLiterals(prove, proveGates));
    return all;
  }

  test('execs and replaces as its regex does, groups, offsets and replacer functions and all', () => {
    const texts = ['Your parcel was lost on Monday', 'the PARCEL went missing', 'nothing about it', '', 'parcel parcel lost'];
    const sources = [/\bparcel (?:was |went )?(lost|missing)\b/i, /\bparcel\b/gi, /(?<what>parcel) (?=lost)/];
    const plain = (source: RegExp) => new RegExp(source.source, source.flags);
    const replacer = (...args: unknown[]) => JSON.stringify(args);
    const uses = made(sources, 3 * texts.length);
    sources.forEach((source, s) => {
      texts.forEach((text, t) => {
        const [exec, replace, replaceBy] = uses[s]!.slice(3 * t, 3 * t + 3);
        expect(exec!.exec(text), text).toEqual(plain(source).exec(text));
        expect(text.replace(replace!, '<$&>'), text).toBe(text.replace(plain(source), '<$&>'));
        expect(text.replace(replaceBy!, replacer), text).toBe(text.replace(plain(source), replacer));
      });
    });
  });

  test('is not compiled for a text without one of them: exec answers null and replace the text itself', () => {
    const [[lost]] = made([/\bparcel (?:was |is )?(lost|missing)\b/i], 1) as [[PrimedOnUse]];
    expect(lost.exec('The delivery was late again')).toBeNull();
    expect('The delivery was late again'.replace(lost, 'x')).toBe('The delivery was late again');
    expect(lost.compiled).toBe(false);
    expect('My PARCEL was Lost today'.replace(lost, 'it was $1')).toBe('My it was Lost today');
    expect(lost.compiled).toBe(true);
  });
});

describe('the rule tables', () => {
  test("hold the literals of the ready-sentence clause's tested regexes (issue.ts, issue-confidence.ts)", () => {
    expect(RULE_TABLES.reply.testedLiterals.length).toBeGreaterThan(150);
    expect(RULE_TABLES.customer.testedLiterals).toEqual([]);
  });
});
