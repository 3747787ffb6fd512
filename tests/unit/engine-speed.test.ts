// Speed work that must not change what the engine says: each faster path is held against the
// plain computation it replaces, on sentences an agent might write.
import { describe, expect, it, test } from 'vitest';
import { AnchorIndex } from '../../src/engine/anchors';
import { Matcher } from '../../src/engine/matcher';
import { compileModel, scoreFeatures, shippedModel, type LinearModelData } from '../../src/engine/model';
import { sentenceFeatures } from '../../src/engine/model/features';
import { SentenceScorer } from '../../src/engine/model/sentence-scorer';
import { normalize } from '../../src/engine/normalize';
import { patternSource } from '../../src/engine/pattern';
import { PrimedOnTest, RegExpNeeding } from '../../src/engine/regex';
import { FLAG_RULES } from '../../src/engine/rules';

const canonical = (text: string) => normalize(text).text;

describe('the model’s sentence scorer', () => {
  // Sentences that reach each kind of feature: plain words, stems, digits, apostrophes, a quote,
  // each concept class (alone and twice), words said twice, and a sentence of one word.
  const sentences = [
    'Our records show the parcel was delivered on Monday',
    "I'm afraid it's our policy, order #4412 can't be refunded",
    'Your colleague said “there is nothing we can do”, and that was wrong',
    'The courier has your parcel and the courier will call you',
    'Per company policy and the terms and conditions we cannot refund',
    'Sorry for any inconvenience and sorry for the trouble',
    'Our system and our records both show one payment of £37.50',
    'Thanks',
    'refund refund refund',
    'We have passed this to the other team, who will be in touch within 3-5 working days',
    'The app’s tracking page says delivered, but the driver’s scanner may be wrong',
  ].map(canonical);

  it.each(sentences)('scores as the spelled-out features do: %s', (sentence) => {
    const model = shippedModel();
    expect(new SentenceScorer(model).scores(sentence)).toEqual(scoreFeatures(sentenceFeatures(sentence), model));
  });

  it('keeps each sentence apart when one scorer reads them in turn (its word cache and stamps)', () => {
    const model = shippedModel();
    const scorer = new SentenceScorer(model);
    // Twice over, in turn: a feature counted for one sentence must still count for the next.
    for (const sentence of [...sentences, ...sentences]) expect(scorer.scores(sentence)).toEqual(scoreFeatures(sentenceFeatures(sentence), model));
  });

  it('counts a feature once a sentence, however often its words repeat', () => {
    // A toy model: every weighed feature adds 1 to rule 0, so the sum is the count of distinct features.
    const data: LinearModelData = {
      rules: ['policy-shield'],
      bias: [0],
      scale: [1],
      thresholds: [0.5],
      weights: ['u:refund\t0:1', 'b:^ refund\t0:1', 'b:refund refund\t0:1', 'c:rulebook\t0:1', 'cb:{rulebook} refund\t0:1'].join('\n'),
    };
    const model = compileModel(data);
    const scorer = new SentenceScorer(model);
    const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
    expect(scorer.scores('refund refund refund')).toEqual([sigmoid(3)]);
    // u:refund, c:rulebook and cb:{rulebook} refund, each once.
    expect(scorer.scores('policy refund policy refund')).toEqual([sigmoid(3)]);
    expect(scorer.scores('no match here')).toEqual([sigmoid(0)]);
    // A near miss: the same words in another order make another bigram, which this model does not weigh.
    expect(scorer.scores('refund policy')).toEqual(scoreFeatures(sentenceFeatures('refund policy'), model));
  });

  it('finds the bigrams of a model whose features are not written in order, and of stems that share a start', () => {
    // Out of order, and "b:refund" next to "b:refunds" and "b:refun": only the stem's own count.
    const weights = ['b:refunds late\t0:4', 'b:refund late\t0:1', 'u:late\t0:8', 'b:^ refund\t0:2', 'b:refun late\t0:16', 'b:refund the\t0:32'];
    const data: LinearModelData = { rules: ['policy-shield'], bias: [0], scale: [1], thresholds: [0.5], weights: weights.join('\n') };
    const model = compileModel(data);
    const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
    for (const sentence of ['refund late', 'refunds late', 'late refund the', 'refund the late'].map(canonical)) {
      expect(new SentenceScorer(model).scores(sentence), sentence).toEqual(scoreFeatures(sentenceFeatures(sentence), model));
    }
    expect(new SentenceScorer(model).scores('refund late')).toEqual([sigmoid(2 + 1 + 8)]);
  });

  it('counts the cue classes a sentence holds, once each, as the spelled-out features do', () => {
    const data: LinearModelData = { rules: ['blame-shift'], bias: [0], scale: [1], thresholds: [0.5], weights: 'q:fault\t0:2\nq:contra\t0:1' };
    const model = compileModel(data);
    const scorer = new SentenceScorer(model);
    const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
    for (const sentence of ['you forgot to tick the box, you forgot twice', 'as i said, you forgot to tick the box', 'we will post the form today'].map(canonical)) {
      expect(scorer.scores(sentence)).toEqual(scoreFeatures(sentenceFeatures(sentence), model));
    }
    expect(scorer.scores(canonical('You forgot to tick the box, you forgot twice'))).toEqual([sigmoid(2)]);
    expect(scorer.scores(canonical('As I said, you forgot to tick the box'))).toEqual([sigmoid(3)]);
  });

  it('reads a model that weighs only a cue class joined with "you", as the spelled-out features do', () => {
    const data: LinearModelData = { rules: ['blame-shift'], bias: [0], scale: [1], thresholds: [0.5], weights: 'qy:fault\t0:2' };
    const scorer = new SentenceScorer(compileModel(data));
    const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
    expect(scorer.scores(canonical('You forgot to tick the box'))).toEqual([sigmoid(2)]);
    expect(scorer.scores(canonical('We forgot to tick the box'))).toEqual([sigmoid(0)]);
  });
});

describe('the anchor scan', () => {
  // The scan opens a literal's matchers all at once, once a scan, and only where the literal
  // begins a word: a literal met inside a word first ("coffee" before "fee") must still open
  // them where it later begins one, and a refilled scan must not keep the last text's openings.
  const cases: [pattern: string, text: string][] = [
    ['[a-z]+ policy forbids', 'impolicy forbids nothing, but our refund policy forbids it'],
    ['[a-z]+ (?:fee|charge) stands', 'the coffee stands there; the late fee stands'],
    ['[a-z]+ (?:fee|charge) stands', 'the coffee stands there'],
    ['(?:i am|we are) sorry', 'miami sorry, i am sorry for the wait'],
    ['(?:i am|we are) sorry', 'we aren’t sorry, miami am sorry'],
    ['nothing (?:we|i) can do', 'there is nothing we can do about it'],
    ['nothing (?:we|i) can do', 'there is nothingwe can do'],
  ];

  test.each(cases)('finds what the plain regex finds: %s in "%s"', (pattern, text) => {
    const index = new AnchorIndex();
    const matcher = new Matcher(index, [patternSource(pattern)]);
    const plain = new RegExp(patternSource(pattern), 'g');
    const canonicalText = canonical(text);
    expect(matcher.exec(canonicalText, index.scan(canonicalText))?.index).toBe(plain.exec(canonicalText)?.index);
  });

  test('a scan refilled for each text in turn answers as a fresh scan of it does', () => {
    const index = new AnchorIndex();
    const matchers = [...new Set(cases.map(([p]) => p))].map((p) => new Matcher(index, [patternSource(p)]));
    let reused = index.scan('');
    for (const text of [...cases.map(([, t]) => canonical(t)), ...cases.map(([, t]) => canonical(t)).reverse()]) {
      reused = index.scan(text, reused);
      const fresh = index.scan(text);
      expect([...reused.open]).toEqual([...fresh.open]);
      expect(Array.from(reused.starts, (list) => list ?? null)).toEqual(Array.from(fresh.starts, (list) => list ?? null));
      for (const m of matchers) expect(m.exec(text, reused)?.index).toBe(m.exec(text, fresh)?.index);
    }
  });
});

describe('a roaming pattern that opens with a lookbehind of its own (tried only where it holds)', () => {
  const opening = "(?<![a-z0-9'])(?:(?<=(?:^|[.!?][ \\n]|\\n|@[a-z0-9_]+[ \\n])(?:(?:hi|hey)(?:[ \\n][a-z]+)?,?[ \\n])?)";
  const sources = [
    // At a sentence's start, after an optional greeting: no start literal can say where.
    `${opening}(?:[a-z]+[ \\n])?(?:sorry|apologies)(?:[ \\n]for[ \\n][a-z]+)?)(?![a-z0-9])`,
    // The same with an empty match possible, and with a greeting kept out of the lookbehind.
    `${opening}(?:[a-z]+[ \\n])*)`,
    // Not of that shape: an alternation at the group's top, and a group that may be left out.
    `${opening}[a-z]+[ \\n]sorry|oh[ \\n]no)(?![a-z0-9])`,
    `${opening}(?:[a-z]+[ \\n])?sorry)?(?:[a-z]+[ \\n])?thanks(?![a-z0-9])`,
  ];
  const texts = [
    'so sorry for the wait. really sorry for that! hi dana, sorry again',
    '@jo_22 truly sorry. hey sam so sorry\nsorry for everything',
    'we are sorry. not sorry. sorry',
    'thanks. oh no. hey thanks, really thanks',
    '',
  ];

  test.each(sources)('finds every match the plain regex finds: %s', (source) => {
    const index = new AnchorIndex();
    const matcher = new Matcher(index, [source]);
    for (const text of [...texts, ...texts]) {
      const scan = index.scan(text);
      const plain = new RegExp(source, 'g');
      const ours: [number, string][] = [];
      const theirs: [number, string][] = [];
      for (let from = 0, m = matcher.exec(text, scan); m; m = matcher.exec(text, scan, from)) {
        ours.push([m.index, m[0]]);
        from = m.index + Math.max(1, m[0].length);
      }
      for (let m = plain.exec(text); m; m = plain.exec(text)) {
        theirs.push([m.index, m[0]]);
        plain.lastIndex = m.index + Math.max(1, m[0].length);
      }
      expect(ours, text).toEqual(theirs);
    }
  });
});

describe('a regex primed before its first test (PrimedOnTest)', () => {
  it('primes once: one exec on a long subject before the first test, then only the tests', () => {
    const regex = /\bcharged (?:twice|two times)\b/i;
    const subjects: number[] = [];
    const exec = regex.exec.bind(regex);
    regex.exec = (text: string) => (subjects.push(text.length), exec(text));
    const sign = new PrimedOnTest(regex);
    expect(subjects).toEqual([]);
    expect(sign.test('you were CHARGED twice')).toBe(true);
    expect(sign.test('the parcel never came')).toBe(false);
    expect(subjects[0]).toBe(1000);
    expect(subjects.filter((n) => n === 1000)).toHaveLength(1);
  });

  it("leaves a global regex's place where it was", () => {
    const regex = /\bcharged\b/g;
    regex.test('charged and charged');
    expect(regex.lastIndex).toBe(7);
    const sign = new PrimedOnTest(regex);
    expect(sign.test('charged and charged')).toBe(true);
    expect(regex.lastIndex).toBe(19);
  });
});

describe('a regex run only on a text that holds a literal it needs (RegExpNeeding)', () => {
  it('answers test and exec as the plain regex does, groups and all', () => {
    const plain = /^(?:our (?<what>system|records) (?:says?|shows?)(?: that)?)$/;
    const gated = new RegExpNeeding(plain, ['system', 'records']);
    for (const text of ['our system says', 'our records show that', 'our system said', 'the app says', '']) {
      expect(gated.test(text), text).toBe(plain.test(text));
      expect(gated.exec(text)?.groups, text).toEqual(plain.exec(text)?.groups);
    }
  });

  it('does not run its regex on a text without one of the literals, and primes it once before the first run', () => {
    const gated = new RegExpNeeding(/^our system says$/, ['system']);
    const subjects: number[] = [];
    const exec = RegExp.prototype.exec;
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      if (this === gated) subjects.push(text.length);
      return exec.call(this, text);
    };
    try {
      expect(gated.test('the app says')).toBe(false);
      expect(subjects).toEqual([]);
      expect(gated.test('our system says')).toBe(true);
      expect(gated.test('our system')).toBe(false);
      expect(subjects).toEqual([1000, 15, 10]);
    } finally {
      RegExp.prototype.exec = exec;
    }
  });
});

describe("sorry-for-wait's frames, each a pattern of its own", () => {
  it('run none of its patterns where an apology stands beside words of one frame only ("before", "you") and no wait', () => {
    const index = new AnchorIndex();
    const rule = FLAG_RULES.find((r) => r.id === 'sorry-for-wait')!;
    const matcher = new Matcher(index, rule.patterns.map((p) => ({ rule: typeof p === 'string' ? p : p.p })));
    const text = canonical("I'm sorry the tracking page says delivered. We check with the courier before we refund you.").toLowerCase();
    expect(matcher.mayMatch(index.scan(text))).toBe(false);
    const waited = canonical("I'm sorry it took so long to get back to you.").toLowerCase();
    expect(matcher.mayMatch(index.scan(waited))).toBe(true);
  });
});
