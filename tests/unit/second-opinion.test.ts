// The learned second opinion (src/engine/model/): feature extraction, sentence cutting, the
// shipped model's shape, and determinism of scoring and of training.
import { describe, expect, it } from 'vitest';
import { compileModel, modelAdditions, secondOpinion, shippedModel, type LinearModelData } from '../experiments/second-opinion/model';
import { sentenceFeatures, sentenceSpans, tokens } from '../experiments/second-opinion/model/features';
import { MODEL_DATA } from '../experiments/second-opinion/model/weights';
import { chooseThreshold, fit, FLAG_IDS, type Oof, type Prepared } from '../experiments/second-opinion/train';

describe('sentence features', () => {
  it('lower-cases, expands contractions and collapses numbers', () => {
    expect(tokens('it is 42 days')).toEqual(['it', 'is', '<num>', 'days']);
    const f = sentenceFeatures("It's Our POLICY, order #4412.");
    expect(f).toContain('u:it');
    expect(f).toContain('u:is');
    expect(f).toContain('u:policy');
    expect(f).toContain('u:<num>');
    expect(f).not.toContain("u:it's");
  });

  it('adds stems, stem bigrams with a sentence-start marker, and concept classes', () => {
    const f = sentenceFeatures('Our records indicate the parcel was delivered');
    expect(f).toContain('b:^ our');
    expect(f).toContain('s:indic');
    expect(f).toContain('b:record indic');
    expect(f).toContain('c:records');
    expect(f).toContain('cb:our {records}');
    expect(f).toContain('cb:{records} indic');
    expect(sentenceFeatures('Per company policy we cannot')).toContain('cb:compani {rulebook}');
  });

  it('lists each feature once, in a fixed order', () => {
    const f = sentenceFeatures('sorry sorry sorry for the inconvenience');
    expect(new Set(f).size).toBe(f.length);
    expect(sentenceFeatures('sorry sorry sorry for the inconvenience')).toEqual(f);
  });

  it('is the same for curly and straight quotes and for case', () => {
    expect(sentenceFeatures('I Can’t Do That')).toEqual(sentenceFeatures("i can't do that"));
  });
});

describe('sentence spans', () => {
  it('cuts at end punctuation and line breaks, trimmed', () => {
    const reply = 'Hi Dana,\nThe system shows it was delivered. Nothing can be done!  Thanks';
    expect(sentenceSpans(reply).map((s) => reply.slice(s.start, s.end))).toEqual([
      'Hi Dana,', 'The system shows it was delivered.', 'Nothing can be done!', 'Thanks',
    ]);
  });

  it('leaves out quoted customer text, as the engine does', () => {
    const reply = 'I will fix it today.\n> per your policy this is wrong\n> thanks';
    expect(sentenceSpans(reply).map((s) => reply.slice(s.start, s.end))).toEqual(['I will fix it today.']);
  });

  it('gives nothing for empty or letterless text', () => {
    expect(sentenceSpans('')).toEqual([]);
    expect(sentenceSpans(' ... 123 !!')).toEqual([]);
  });
});

describe('the shipped model', () => {
  it('covers the seven flags, with a threshold or none per rule, under the size budget', () => {
    expect(MODEL_DATA.rules).toEqual(FLAG_IDS);
    expect(MODEL_DATA.bias).toHaveLength(7);
    expect(MODEL_DATA.scale).toHaveLength(7);
    expect(MODEL_DATA.thresholds).toHaveLength(7);
    for (const t of MODEL_DATA.thresholds) if (t !== null) expect(t).toBeGreaterThan(0.5);
    expect(MODEL_DATA.weights.length).toBeLessThan(300_000);
  });

  it('scores a sentence deterministically, with scores in (0, 1) for each rule', () => {
    const sentence = 'We apologise for any inconvenience this may have caused.';
    const a = secondOpinion(sentence);
    expect(a.map((o) => o.ruleId)).toEqual(FLAG_IDS);
    for (const o of a) {
      expect(o.score).toBeGreaterThan(0);
      expect(o.score).toBeLessThan(1);
    }
    expect(secondOpinion(sentence)).toEqual(a);
    expect(secondOpinion(sentence, compileModel(MODEL_DATA))).toEqual(a);
  });

  it('adds a flag only on a sentence where that rule has no finding', () => {
    const reply = 'I understand your frustration. Let me check that for you.';
    const everything = compileModel({ ...MODEL_DATA, thresholds: MODEL_DATA.rules.map(() => 0) });
    const all = modelAdditions(reply, [], everything);
    expect(all.filter((a) => a.ruleId === 'canned-empathy').map((a) => a.start)).toEqual([0, 31]);
    const some = modelAdditions(reply, [{ ruleId: 'canned-empathy', start: 2, end: 30 }], everything);
    expect(some.filter((a) => a.ruleId === 'canned-empathy').map((a) => a.start)).toEqual([31]);
    const none = compileModel({ ...MODEL_DATA, thresholds: MODEL_DATA.rules.map(() => null) });
    expect(modelAdditions(reply, [], none)).toEqual([]);
  });
});

describe('training', () => {
  // A tiny made-up set: "policy" sentences are policy-shield, the rest are not.
  const sentence = (text: string) => sentenceFeatures(text);
  const make = (id: string, texts: string[], labels: string[], hit: boolean): Prepared => ({
    id,
    labels: new Set(labels),
    sentences: texts.map(sentence),
    hits: texts.map((_, i) => new Set(hit && i === 0 ? labels : [])),
    engine: new Set(hit ? labels : []),
  });
  const data: Prepared[] = [
    make('a', ['It is our policy not to refund.', 'Thanks.'], ['policy-shield'], true),
    make('b', ['Company policy does not allow it.', 'Bye.'], ['policy-shield'], true),
    make('c', ['Our policy says no.', 'Thanks.'], ['policy-shield'], false),
    make('d', ['I will refund you today.', 'Thanks.'], [], false),
    make('e', ['Your parcel arrives on Friday.', 'Bye.'], [], false),
    make('f', ['I will fix this for you.', 'Thanks again.'], [], false),
  ];

  it('gives the same bytes from the same data', () => {
    const a = fit(data, 1e-3);
    const b = fit(data, 1e-3);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const model = compileModel(a);
    const policy = secondOpinion('That is against our policy.', model)[0]!.score;
    const plain = secondOpinion('I will call you on Friday.', model)[0]!.score;
    expect(policy).toBeGreaterThan(plain);
  });

  it('round-trips weights through the text format', () => {
    const d: LinearModelData = { rules: ['x'], bias: [0], scale: [1], thresholds: [null], weights: 'u:a\t0:5\nb:^ a\t0:-3' };
    const m = compileModel(d);
    expect([...m.table.get('u:a')!]).toEqual([0, 5]);
    expect(secondOpinion('a', m)[0]!.score).toBeCloseTo(1 / (1 + Math.exp(-2)), 10);
  });

  it('chooses the lowest threshold that keeps precision, and none without enough true additions', () => {
    const oof = (score: number, label: boolean): Oof => ({
      labels: new Set(label ? ['policy-shield'] : []), engine: new Set(), addition: [score, 0, 0, 0, 0, 0, 0], alone: [score, 0, 0, 0, 0, 0, 0],
    });
    const pool = [oof(0.99, true), oof(0.98, true), oof(0.97, true), oof(0.96, true), oof(0.9, false), oof(0.8, true)];
    expect(chooseThreshold(pool, 0)).toMatchObject({ threshold: 0.96, tp: 4, fp: 0 });
    expect(chooseThreshold(pool.slice(0, 2), 0).threshold).toBeNull();
  });
});
