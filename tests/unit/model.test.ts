// The learned second opinion (src/engine/model/): feature extraction, sentence cutting, the
// shipped model's shape, the scorer's use of it, and determinism of scoring and of training.
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/engine';
import { codesOf, compileModel, SecondOpinion, secondOpinion, shippedModel, type LinearModelData } from '../../src/engine/model';
import { contextFeatures, customerCues, sentenceFeatures, sentenceSpans, tokens } from '../../src/engine/model/features';
import { MODEL_DATA } from '../../src/engine/model/weights';
import { normalize } from '../../src/engine/normalize';
import { FLAG_RULES } from '../../src/engine/rules';
import { anchored } from '../../src/engine/rules/model-cues';
import { additionsGate, additionsOf, chooseThreshold, fit, FLAG_IDS, keepShipped, modelSentences, prepare, withFamilies, type Oof, type Prepared } from '../model/train';

const canonical = (text: string) => normalize(text).text;
const featuresOf = (text: string) => sentenceFeatures(canonical(text));

describe('sentence features', () => {
  it('reads canonical text: lower case, contractions expanded, numbers collapsed', () => {
    expect(tokens('it is 42 days')).toEqual(['it', 'is', '<num>', 'days']);
    const f = featuresOf("It's Our POLICY, order #4412.");
    expect(f).toContain('u:it');
    expect(f).toContain('u:is');
    expect(f).toContain('u:policy');
    expect(f).toContain('u:<num>');
    expect(f).not.toContain("u:it's");
  });

  it('adds stems, stem bigrams with a sentence-start marker, and concept classes', () => {
    const f = featuresOf('Our records indicate the parcel was delivered');
    expect(f).toContain('b:^ our');
    expect(f).toContain('s:indic');
    expect(f).toContain('b:record indic');
    expect(f).toContain('c:records');
    expect(f).toContain('cb:our {records}');
    expect(f).toContain('cb:{records} indic');
    expect(featuresOf('Per company policy we cannot')).toContain('cb:compani {rulebook}');
  });

  it('adds the rules’ cue classes the sentence holds, whatever words carry them', () => {
    expect(featuresOf('You neglected to update the address')).toContain('q:fault');
    expect(featuresOf('To be clear, the charge is correct')).toContain('q:contra');
    expect(featuresOf('The decision is final')).toContain('q:final');
    expect(featuresOf('Our dashboard shows two logins')).toContain('q:shown');
    expect(featuresOf('I will ring you on Friday').filter((f) => f.startsWith('q:'))).toEqual([]);
  });

  it('joins a cue class with "you", a negation or a duty modal in the same sentence', () => {
    const cross = (text: string) => featuresOf(text).filter((f) => /^q[ynm]:/.test(f));
    expect(cross('You neglected to update the address')).toEqual(['qy:fault']);
    expect(cross('We should have updated the address')).toEqual(['qm:fault']);
    expect(cross('You should have updated your address')).toEqual(['qy:fault', 'qm:fault']);
    expect(cross('There is nothing more we can offer')).toEqual(['qn:final']);
    expect(cross('You need to send the form, I will call you')).toContain('qm:fault');
    // No class, no join: "you" and "not" alone are already words of their own.
    expect(cross('I will not ring you on Friday')).toEqual([]);
  });

  it('reads a sentence’s place in the reply and the customer message’s cue classes as context', () => {
    expect(contextFeatures(0, 3, [])).toEqual(['p:first']);
    expect(contextFeatures(1, 3, [])).toEqual([]);
    expect(contextFeatures(2, 3, ['contra'])).toEqual(['p:last', 'm:contra']);
    expect(contextFeatures(0, 1, [])).toEqual(['p:first', 'p:last']);
    expect(customerCues(canonical('I was told the refund was already sent, which is not true'))).toEqual(['contra']);
    expect(customerCues(canonical('Where is my parcel?'))).toEqual([]);
    expect(customerCues(undefined)).toEqual([]);
  });

  it('reads a quotation as a quote, not as the agent’s words', () => {
    const f = featuresOf('Your colleague said “there is nothing we can do”, and that was wrong.');
    expect(f).toContain('u:<quote>');
    expect(f).toContain('b:said <quote>');
    expect(f).not.toContain('u:nothing');
    expect(featuresOf('There is nothing we can do.')).toContain('u:nothing');
  });

  it('lists each feature once, in a fixed order', () => {
    const f = featuresOf('sorry sorry sorry for the inconvenience');
    expect(new Set(f).size).toBe(f.length);
    expect(featuresOf('sorry sorry sorry for the inconvenience')).toEqual(f);
  });

  it('is the same for curly and straight quotes and for case', () => {
    expect(featuresOf('I Can’t Do That')).toEqual(featuresOf("i can't do that"));
  });
});

describe('sentences', () => {
  it('cuts canonical text at end punctuation and line breaks, trimmed', () => {
    const text = canonical('Hi Dana,\nThe system shows it was delivered. Nothing can be done!  Thanks');
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'hi dana,', 'the system shows it was delivered.', 'nothing can be done!', 'thanks',
    ]);
  });

  it('maps back to the reply as typed, and leaves out quoted customer text as the engine does', () => {
    const reply = 'I CAN’T do that.\n> per your policy this is wrong\n> thanks';
    expect(modelSentences(reply).map((s) => [s.canonical, reply.slice(s.start, s.end)])).toEqual([['i can not do that.', 'I CAN’T do that.']]);
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
    for (const t of MODEL_DATA.thresholds) if (t !== null) expect(t).toBeGreaterThan(0.3);
    expect(MODEL_DATA.weights.length).toBeLessThan(300_000);
    for (const id of MODEL_DATA.rules) expect(FLAG_RULES.some((r) => r.id === id)).toBe(true);
  });

  it('scores a sentence deterministically, with scores in (0, 1) for each rule', () => {
    const sentence = canonical('We apologise for any inconvenience this may have caused.');
    const a = secondOpinion(sentence);
    expect(a.map((o) => o.ruleId)).toEqual(FLAG_IDS);
    for (const o of a) {
      expect(o.score).toBeGreaterThan(0);
      expect(o.score).toBeLessThan(1);
    }
    expect(secondOpinion(sentence)).toEqual(a);
    expect(secondOpinion(sentence, compileModel(MODEL_DATA))).toEqual(a);
    expect(secondOpinion(sentence, shippedModel())).toEqual(a);
  });
});

// A made-up model that reads one invented word as each rule, so the scorer's use of the model is
// tested apart from what the shipped weights learned: "zorp" is policy-shield, "blick" dead-end.
const toy: LinearModelData = {
  rules: [...FLAG_IDS],
  bias: FLAG_IDS.map(() => -6),
  scale: FLAG_IDS.map(() => 0.1),
  thresholds: FLAG_IDS.map(() => 0.9),
  weights: 'u:blick\t3:127\nu:zorp\t0:127',
};
const toyModel = compileModel(toy);

describe('SecondOpinion', () => {
  it('adds a rule to a sentence only above its threshold and where the frames did not flag it', () => {
    const text = canonical('We zorp that. Then we blick. Nothing else.');
    const opinion = new SecondOpinion(toyModel, () => true);
    const all = opinion.additions(text, () => false);
    expect(all.map((a) => [a.ruleId, text.slice(a.start, a.end)])).toEqual([['policy-shield', 'we zorp that.'], ['dead-end', 'then we blick.']]);
    const covered = opinion.additions(text, (ruleId, start) => ruleId === 'policy-shield' && start === 0);
    expect(covered.map((a) => a.ruleId)).toEqual(['dead-end']);
    expect(new SecondOpinion(toyModel, (id) => id !== 'dead-end').additions(text, () => false).map((a) => a.ruleId)).toEqual(['policy-shield']);
  });

  it('holds an anchored rule’s additions to sentences with one of its cue classes', () => {
    // "blick" reads as dead-end everywhere; anchored, only a sentence that also shuts a door is flagged.
    const anchoredToy = compileModel({ ...toy, anchored: FLAG_IDS.map((id) => id === 'dead-end') });
    const text = canonical('Then we blick. We blick and that decision is final. We zorp it.');
    const found = new SecondOpinion(anchoredToy, () => true).additions(text, () => false);
    expect(found.map((a) => [a.ruleId, text.slice(a.start, a.end)])).toEqual([['dead-end', 'we blick and that decision is final.'], ['policy-shield', 'we zorp it.']]);
    // Unanchored (as models trained before anchors), both blick sentences are.
    expect(new SecondOpinion(toyModel, () => true).additions(text, () => false).filter((a) => a.ruleId === 'dead-end')).toHaveLength(2);
  });

  it('never fires for a rule without a threshold, and is idle with none', () => {
    const none = compileModel({ ...toy, thresholds: toy.rules.map(() => null) });
    const opinion = new SecondOpinion(none, () => true);
    expect(opinion.active).toBe(false);
    expect(opinion.additions(canonical('We zorp that.'), () => false)).toEqual([]);
  });

  it('reads a sentence’s place and the customer’s message when the weights do', () => {
    // "p:last" alone is short of the threshold; "blick" in the last sentence, or a customer who
    // contradicts ("m:contra"), takes it over.
    const placed = compileModel({ ...toy, weights: 'm:contra\t3:30\np:last\t3:20\nu:blick\t3:65\nu:zorp\t0:127' });
    const text = canonical('We blick. We blick.');
    const sentencesOf = (found: { ruleId: string; start: number; end: number }[]) => found.filter((a) => a.ruleId === 'dead-end').map((a) => text.slice(a.start, a.end));
    const opinion = new SecondOpinion(placed, () => true);
    expect(sentencesOf(opinion.additions(text, () => false))).toEqual(['we blick.']);
    expect(opinion.additions(text, () => false).filter((a) => a.ruleId === 'dead-end')[0]!.start).toBe(10);
    expect(sentencesOf(opinion.additions(text, () => false, canonical('That is not true, I was told otherwise.')))).toEqual(['we blick.', 'we blick.']);
    // The same sentence is remembered once, its place read afresh each time.
    expect(sentencesOf(opinion.additions(canonical('We blick.'), () => false))).toEqual(['we blick.']);
  });

  it('gives the same answer from its sentence memory as fresh', () => {
    const opinion = new SecondOpinion(shippedModel(), () => true);
    const text = canonical('Unfortunately that is simply how it works. We cannot change it. Sorry about any hassle.');
    const first = opinion.additions(text, () => false);
    expect(opinion.additions(text, () => false)).toEqual(first);
    expect(new SecondOpinion(shippedModel(), () => true).additions(text, () => false)).toEqual(first);
  });
});

describe('the scorer with a second opinion', () => {
  const score = createScorer({}, undefined, toyModel);
  const flags = (reply: string, s = score) => s({ reply }).findings.filter((f) => f.kind === 'flag');

  // (A Swap only where the rule's sentence rewrite reads: tests/unit/engine-sentence-rewrite.test.ts.)
  it('flags the whole sentence the model reads as a rule, with the rule’s better move and no swap', () => {
    const reply = 'Hi Dana,\nSadly we blick refunds after a week: the bank holds them. I will call you today.';
    const [finding, ...rest] = flags(reply);
    expect(rest).toEqual([]);
    const rule = FLAG_RULES.find((r) => r.id === 'dead-end')!;
    expect(finding).toMatchObject({ ruleId: 'dead-end', text: 'Sadly we blick refunds after a week: the bank holds them.', replacement: rule.better, message: rule.why });
    expect(finding!.swap).toBeUndefined();
    expect(reply.slice(finding!.start, finding!.end)).toBe(finding!.text);
  });

  it('counts in the scores and as a refusal, like a frame’s flag', () => {
    const plain = createScorer({}, undefined, null)({ reply: 'We zorp refunds after a week.', customer: 'My order never came and I want my money back.' });
    const read = score({ reply: 'We zorp refunds after a week.', customer: 'My order never came and I want my money back.' });
    expect(read.scores.ownership!).toBeLessThan(plain.scores.ownership!);
    expect(read.findings.some((f) => f.ruleId === 'policy-shield')).toBe(true);
  });

  it('keeps out of a sentence the frames already flagged under the rule, and adds nothing with the model off', () => {
    const reply = 'It is our policy, we zorp it.';
    const found = flags(reply).filter((f) => f.ruleId === 'policy-shield');
    expect(found).toHaveLength(1);
    expect(found[0]!.text).not.toBe(reply);
    expect(flags('We zorp refunds.', createScorer({}, undefined, null))).toEqual([]);
  });

  it('leaves a phrase’s Swap in the same sentence alone', () => {
    const reply = 'Please be advised that we blick on that.';
    const withToy = flags(reply);
    const framesOnly = flags(reply, createScorer({}, undefined, null));
    const swap = framesOnly.find((f) => f.swap);
    expect(swap).toBeDefined();
    expect(withToy.find((f) => f.ruleId === swap!.ruleId)).toEqual(swap);
    expect(withToy.some((f) => f.ruleId === 'dead-end' && f.text === reply)).toBe(true);
  });

  it('stays out of a sentence the rule itself reads as hedged, and of words the frames judged harmless', () => {
    expect(flags('We normally zorp refunds, but I have made an exception.')).toEqual([]);
    // The frames find "it is our policy" and judge it someone else's words: the model does not flag the sentence instead.
    const reported = 'You were told “it is our policy” and we zorp that.';
    expect(flags(reported, createScorer({}, undefined, null))).toEqual([]);
    expect(flags(reported).filter((f) => f.ruleId === 'policy-shield')).toEqual([]);
    expect(flags('We zorp that.').map((f) => f.ruleId)).toEqual(['policy-shield']);
  });

  it('obeys the team’s settings and the agent’s never-flag list', () => {
    const reply = 'We zorp refunds.';
    expect(flags(reply, createScorer({ rules: { 'policy-shield': { severity: 'off' } } }, undefined, toyModel))).toEqual([]);
    expect(flags(reply, createScorer({ rules: { 'policy-shield': { severity: 'hint' } } }, undefined, toyModel))[0]?.severity).toBe('hint');
    expect(flags(reply, createScorer({ neverFlag: [{ ruleId: 'policy-shield', phrase: 'we zorp refunds.' }] }, undefined, toyModel))).toEqual([]);
  });

  it('hands the model the customer’s message', () => {
    const reading = createScorer({}, undefined, compileModel({ ...toy, weights: 'm:contra\t3:127' }));
    const reply = 'I will look into it for you.';
    expect(flags(reply, reading)).toEqual([]);
    const found = reading({ reply, customer: 'That is not true, I was told otherwise.' }).findings.filter((f) => f.kind === 'flag');
    expect(found.map((f) => [f.ruleId, f.text])).toEqual([['dead-end', reply]]);
  });

  it('stays linear and exact on a long paste', () => {
    const reply = Array.from({ length: 400 }, (_, i) => (i % 2 ? 'It is our policy, we zorp it.' : 'We zorp number ' + i + '.')).join(' ');
    const found = flags(reply);
    expect(found.filter((f) => f.ruleId === 'policy-shield')).toHaveLength(400);
    for (const f of found) expect(reply.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('training', () => {
  // A tiny made-up set: "policy" sentences are policy-shield, the rest are not.
  const make = (id: string, texts: string[], labels: string[], hit: boolean): Prepared => ({
    id,
    labels: new Set(labels),
    sentences: texts.map(featuresOf),
    hits: texts.map((_, i) => new Set(hit && i === 0 ? labels : [])),
    engine: new Set(hit ? labels : []),
    eligible: texts.map((_, i) => new Set(hit && i === 0 ? [] : labels)),
    anchors: texts.map(() => new Set()),
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
    const policy = secondOpinion(canonical('That is against our policy.'), model)[0]!.score;
    const plain = secondOpinion(canonical('I will call you on Friday.'), model)[0]!.score;
    expect(policy).toBeGreaterThan(plain);
  });

  it('round-trips weights through the text format', () => {
    const d: LinearModelData = { rules: ['x'], bias: [0], scale: [1], thresholds: [null], weights: 'u:a\t0:5\nb:^ a\t0:-3' };
    const m = compileModel(d);
    expect([...codesOf(m, 'u:a')!]).toEqual([0, 5]);
    expect(codesOf(m, 'u:b')).toBeUndefined();
    expect(secondOpinion('a', m)[0]!.score).toBeCloseTo(1 / (1 + Math.exp(-2)), 10);
  });

  it('chooses the lowest threshold that keeps precision, and none without enough cases found', () => {
    const oof = (score: number, label: boolean): Oof => ({ labels: new Set(label ? ['policy-shield'] : []), best: [score, 0, 0, 0, 0, 0, 0], added: [null, null, null, null, null, null, null] });
    const pool = [oof(0.99, true), oof(0.98, true), oof(0.97, true), oof(0.96, true), oof(0.9, false), oof(0.8, true)];
    expect(chooseThreshold(pool, 0)).toMatchObject({ threshold: 0.96, tp: 4, fp: 0 });
    expect(chooseThreshold(pool.slice(0, 2), 0).threshold).toBeNull();
  });

  it('does not give up on a rule for one wrong case among its first few', () => {
    const oof = (score: number, label: boolean): Oof => ({ labels: new Set(label ? ['policy-shield'] : []), best: [score, 0, 0, 0, 0, 0, 0], added: [null, null, null, null, null, null, null] });
    const pool = [oof(0.99, false), ...Array.from({ length: 12 }, (_, i) => oof(0.98 - i * 0.01, true)), ...Array.from({ length: 10 }, (_, i) => oof(0.5 - i * 0.01, false))];
    expect(chooseThreshold(pool, 0)).toMatchObject({ threshold: 0.87, tp: 12, fp: 1 });
  });

  it('chooses a threshold from the additions alone when asked: cases the frames flag do not count', () => {
    const oof = (best: number, added: number | null, label: boolean): Oof => ({ labels: new Set(label ? ['dead-end'] : []), best: [0, 0, 0, best, 0, 0, 0], added: [null, null, null, added, null, null, null] });
    // The frames' own cases score highest alone; among the additions one wrong case sits at 0.95.
    const pool = [...Array.from({ length: 6 }, () => oof(0.99, null, true)), oof(0.95, 0.95, false), oof(0.9, 0.9, true), oof(0.85, 0.85, true), oof(0.8, 0.8, true), oof(0.7, 0.7, false)];
    expect(chooseThreshold(pool, 3, 0.92).threshold).toBe(0.99);
    expect(chooseThreshold(pool, 3, 0.7, true)).toMatchObject({ threshold: 0.8, tp: 3, fp: 1 });
  });
});

describe('training options', () => {
  const make = (id: string, texts: string[], labels: string[], hitAt: number | null): Prepared => ({
    id,
    labels: new Set(labels),
    sentences: texts.map(featuresOf),
    hits: texts.map((_, i) => new Set(i === hitAt ? ['policy-shield'] : [])),
    engine: new Set(hitAt === null ? [] : ['policy-shield']),
    eligible: texts.map(() => new Set()),
    anchors: texts.map(() => new Set()),
  });
  // "Our policy" sentences are the rule; one case without it says "policy" where the frames fire (a near miss).
  const data: Prepared[] = [
    make('a', ['It is our policy not to refund.', 'Thanks.'], ['policy-shield'], 0),
    make('b', ['Company policy does not allow it.', 'Bye.'], ['policy-shield'], 0),
    make('c', ['Our policy says no.', 'Thanks.'], ['policy-shield'], 0),
    make('d', ['Your policy renews in May.', 'Thanks.'], [], 0),
    make('e', ['Your parcel arrives on Friday.', 'Bye.'], [], null),
    make('f', ['I will fix this for you.', 'Thanks again.'], [], null),
  ];

  it('weighs near-miss negatives more when asked, and is unchanged at weight 1', () => {
    const near = canonical('Your policy renews in May.');
    const plain = secondOpinion(near, compileModel(fit(data, 1e-3)))[0]!.score;
    const hard = secondOpinion(near, compileModel(fit(data, 1e-3, { hardNegative: 5 })))[0]!.score;
    expect(hard).toBeLessThan(plain);
    expect(JSON.stringify(fit(data, 1e-3, { hardNegative: 1 }))).toBe(JSON.stringify(fit(data, 1e-3)));
  });

  it('reads each sentence’s context as the scorer does, and drops the feature families not asked for', () => {
    const [c] = prepare([{ id: 'x', reply: 'Thanks for writing. We zorp refunds.', customer: 'Actually I was told otherwise.', flags: [], suggest: [], nosuggest: [] }]);
    expect(c!.sentences[0]).toEqual(expect.arrayContaining(['p:first', 'm:contra']));
    expect(c!.sentences[1]).toEqual(expect.arrayContaining(['p:last', 'm:contra']));
    const [plain] = withFamilies([c!], new Set());
    expect(plain!.sentences.flat().filter((f) => /^(?:p|m|q[ynm]?):/.test(f))).toEqual([]);
    const [placed] = withFamilies([c!], new Set(['place']));
    expect(placed!.sentences[0]).toContain('p:first');
    expect(placed!.sentences[0]).not.toContain('m:contra');
  });

  it('keeps the shipped weights, bias, scale and threshold of the rules named, and the retrain’s for the rest', () => {
    const retrained: LinearModelData = { rules: ['a', 'b'], bias: [1, 2], scale: [0.1, 0.2], thresholds: [0.9, 0.8], anchored: [true, true], weights: 'p:last\t0:4 1:5\nu:new\t1:7' };
    const shipped: LinearModelData = { rules: ['a', 'b'], bias: [-1, -2], scale: [1, 2], thresholds: [null, 0.7], weights: 'u:new\t0:3\nu:old\t0:-2 1:9' };
    const merged = keepShipped(retrained, shipped, new Set(['b']));
    expect(merged).toEqual({ rules: ['a', 'b'], bias: [1, -2], scale: [0.1, 2], thresholds: [0.9, 0.7], anchored: [true, false], weights: 'p:last\t0:4\nu:old\t1:9' });
    expect(keepShipped(retrained, shipped, new Set())).toEqual({ ...retrained, weights: 'p:last\t0:4 1:5\nu:new\t1:7' });
  });

  it('reads where the scorer would let the model add: not in a sentence the frames flag', () => {
    const [c] = prepare([{ id: 'x', reply: 'It is our policy not to refund. We zorp refunds.', flags: ['policy-shield'], suggest: [], nosuggest: [] }]);
    expect(c!.hits[0]!.has('policy-shield')).toBe(true);
    expect(c!.eligible[0]!.has('policy-shield')).toBe(false);
    expect(c!.eligible[1]!.has('policy-shield')).toBe(true);
  });
});

describe('the additions gate', () => {
  const flagged = (labels: string[], frames: string[], model: string[]) => ({ labels: new Set(labels), frames: new Set(frames), model: new Set(model) });

  it('counts as additions only the cases the model flags a rule in and the frames do not, right where labelled', () => {
    const cases = [
      flagged(['r'], [], ['r']), // added, right
      flagged([], [], ['r']), // added, wrong
      flagged(['r'], ['r'], ['r']), // the frames had it
      flagged(['r'], [], []), // missed by both
      flagged([], [], ['s']), // another rule
    ];
    expect(additionsOf(cases, 'r')).toEqual({ added: 2, right: 1 });
    expect(additionsOf(cases, 's')).toEqual({ added: 1, right: 0 });
  });

  it('replaces a rule whose additions are right at least as often and whose F1 does not fall', () => {
    expect(additionsGate({ added: 29, right: 21 }, { added: 50, right: 37 }, 0.72, 0.73)).toBe(true);
    expect(additionsGate({ added: 10, right: 7 }, { added: 20, right: 14 }, 0.8, 0.8)).toBe(true); // equal rates, equal F1
  });

  it('keeps the shipped rule when the additions are less often right, the F1 falls, or there is nothing to compare', () => {
    expect(additionsGate({ added: 40, right: 29 }, { added: 50, right: 36 }, 0.8, 0.9)).toBe(false); // retrained 72 % against shipped 72.5 %
    expect(additionsGate({ added: 47, right: 35 }, { added: 20, right: 20 }, 0.857, 0.85)).toBe(false);
    expect(additionsGate({ added: 0, right: 0 }, { added: 10, right: 9 }, 0.7, 0.8)).toBe(false);
    expect(additionsGate({ added: 10, right: 8 }, { added: 0, right: 0 }, 0.7, 0.8)).toBe(false);
  });
});

describe('anchors', () => {
  // Invented sentences; each rule's cue classes come from the shared concepts and closed-class words.
  it('reads a rule’s cue classes and nothing else', () => {
    const is = (rule: string, text: string) => anchored(rule, canonical(text));
    expect(is('blake-free-rule', 'Anything at all.')).toBe(true);
    expect(is('blame-shift', 'The courier left it at the wrong door.')).toBe(true);
    expect(is('blame-shift', 'You should have told the front desk.')).toBe(true);
    expect(is('blame-shift', 'That one is on you.')).toBe(true);
    expect(is('blame-shift', 'I have sent you the new code.')).toBe(false);
    expect(is('dead-end', 'That decision is final.')).toBe(true);
    expect(is('dead-end', 'I can send a new code today.')).toBe(false);
    expect(is('argue-defend', 'As I said before, it went out on time.')).toBe(true);
    expect(is('argue-defend', 'Your order ships today.')).toBe(false);
    expect(is('policy-shield', 'Our guidelines say otherwise.')).toBe(true);
    expect(is('system-says', 'The dashboard lists it as paid.')).toBe(true);
    expect(is('system-says', 'I will call you at noon.')).toBe(false);
  });
});
