// Trains the learned second opinion (tests/experiments/second-opinion/model/) on the tune split only, and writes its
// weights to tests/experiments/second-opinion/model/weights.ts.
//   node tests/tools/run-ts.mjs tests/experiments/second-opinion/train.ts [--dry-run] [--lambda X] [--folds K]
//
// Labels are per case (the flags a reply contains), so sentence examples are derived, per rule R,
// by multiple-instance learning:
//   - negatives: every own sentence of a tune case whose labels lack R;
//   - positives: the sentences of an R case where the engine's frames flag R;
//   - an R case where the frames flag nothing: its highest-scoring sentence under the current
//     model, re-chosen for MIL_ROUNDS rounds (MI-SVM style); other sentences of R cases are left out.
// The model is a per-rule L2 logistic regression (full-batch Adam, fixed iterations, no
// randomness: the same data gives the same bytes), pruned to the largest weights and quantised to
// int8 with a scale per rule.
//
// Thresholds: K-fold cross-validation within tune (folds by a hash of the id). Each fold's
// model is trained on the other folds with the same pipeline, and scores the held-out cases the
// way the model would be used: a case gains R when the frames found no R in it and one of its
// sentences reaches the threshold. A rule's threshold is the lowest score at which those
// additions keep precision >= 0.92 (and at every higher candidate), with at least MIN_TP true
// additions; a rule with none gets no threshold and never fires.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createScorer } from '../../../src/engine';
import { compileModel, scoreFeatures, type LinearModelData } from './model';
import { sentenceFeatures, sentenceSpans } from './model/features';
import type { LabeledCase } from '../../eval/metrics';
import { loadSet } from '../../eval/sets';

export const FLAG_IDS = ['policy-shield', 'system-says', 'canned-empathy', 'dead-end', 'blame-shift', 'argue-defend', 'corporate-speak'];
const TARGET_PRECISION = 0.92;
const MIN_TP = 3;
const MIL_ROUNDS = 2;
const ITERATIONS = 300;
const MIN_COUNT = 2;
const MAX_PER_RULE = 1500;
const OUT = fileURLToPath(new URL('./model/weights.ts', import.meta.url));

/** A tune case as the trainer sees it. */
export interface Prepared {
  id: string;
  labels: Set<string>;
  /** Features of each own sentence. */
  sentences: string[][];
  /** Per sentence, the rules the frames flag in it. */
  hits: Set<string>[];
  /** Rules the frames flag anywhere in the reply. */
  engine: Set<string>;
}

export function prepare(cases: LabeledCase[]): Prepared[] {
  const score = createScorer();
  return cases.map((c) => {
    const findings = score({ reply: c.reply, ...(c.customer === undefined ? {} : { customer: c.customer }) }).findings.filter((f) => f.kind === 'flag' && FLAG_IDS.includes(f.ruleId));
    const spans = sentenceSpans(c.reply);
    return {
      id: c.id,
      labels: new Set(c.flags),
      sentences: spans.map((s) => sentenceFeatures(c.reply.slice(s.start, s.end))),
      hits: spans.map((s) => new Set(findings.filter((f) => f.start < s.end && f.end > s.start).map((f) => f.ruleId))),
      engine: new Set(findings.map((f) => f.ruleId)),
    };
  });
}

interface Example {
  x: Int32Array;
  y: 0 | 1;
  weight: number;
}

/** L2 logistic regression, full-batch Adam: deterministic. Returns [bias, ...weights]. */
function logistic(examples: Example[], dims: number, lambda: number): Float64Array {
  const w = new Float64Array(dims + 1);
  const m = new Float64Array(dims + 1);
  const v = new Float64Array(dims + 1);
  const g = new Float64Array(dims + 1);
  const rate = 0.05;
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  const total = examples.reduce((s, e) => s + e.weight, 0);
  for (let t = 1; t <= ITERATIONS; t++) {
    g.fill(0);
    for (const e of examples) {
      let z = w[0]!;
      for (const j of e.x) z += w[j + 1]!;
      const d = (e.weight * (1 / (1 + Math.exp(-z)) - e.y)) / total;
      g[0]! += d;
      for (const j of e.x) g[j + 1]! += d;
    }
    for (let j = 1; j <= dims; j++) g[j]! += lambda * w[j]!;
    for (let j = 0; j <= dims; j++) {
      m[j] = b1 * m[j]! + (1 - b1) * g[j]!;
      v[j] = b2 * v[j]! + (1 - b2) * g[j]! * g[j]!;
      w[j]! -= (rate * (m[j]! / (1 - b1 ** t))) / (Math.sqrt(v[j]! / (1 - b2 ** t)) + eps);
    }
  }
  return w;
}

const fmt = (x: number) => Number(x.toPrecision(6));

/** Trains on `train` and returns the model data (thresholds all null). */
export function fit(train: Prepared[], lambda: number): LinearModelData {
  // Vocabulary: features seen in at least MIN_COUNT sentences, in first-seen order.
  const counts = new Map<string, number>();
  for (const c of train) for (const s of c.sentences) for (const f of s) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const encoded = train.map((c) => c.sentences.map((s) => Int32Array.from(s.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])))));

  const perRule: { bias: number; w: Float64Array }[] = [];
  for (const rule of FLAG_IDS) {
    const negatives: Example[] = [];
    const known: Example[] = [];
    const bags: Int32Array[][] = [];
    train.forEach((c, ci) => {
      if (!c.labels.has(rule)) {
        for (const x of encoded[ci]!) negatives.push({ x, y: 0, weight: 1 });
      } else if (c.engine.has(rule)) {
        encoded[ci]!.forEach((x, si) => c.hits[si]!.has(rule) && known.push({ x, y: 1, weight: 1 }));
      } else if (encoded[ci]!.length > 0) {
        bags.push(encoded[ci]!);
      }
    });
    const positiveWeight = (pos: number) => Math.max(1, negatives.length / Math.max(1, pos) / 4);
    let chosen: Example[] = [];
    let w: Float64Array = new Float64Array(vocab.length + 1);
    for (let round = 0; round <= MIL_ROUNDS; round++) {
      const positives = [...known, ...chosen];
      const pw = positiveWeight(positives.length);
      w = logistic([...negatives, ...positives.map((e) => ({ ...e, weight: pw }))], vocab.length, lambda);
      // Each frame-silent R case contributes its best sentence under this round's model.
      chosen = bags.map((bag) => {
        let best = bag[0]!;
        let bestZ = -Infinity;
        for (const x of bag) {
          let z = 0;
          for (const j of x) z += w[j + 1]!;
          if (z > bestZ) [best, bestZ] = [x, z];
        }
        return { x: best, y: 1 as const, weight: 1 };
      });
      if (bags.length === 0) break;
    }
    perRule.push({ bias: w[0]!, w });
  }

  // Prune to the largest weights of each rule, then quantise to int8.
  const codes = new Map<number, [number, number][]>();
  const scale: number[] = [];
  perRule.forEach(({ w }, r) => {
    const order = Array.from({ length: vocab.length }, (_, j) => j).sort((a, b) => Math.abs(w[b + 1]!) - Math.abs(w[a + 1]!) || a - b);
    const keep = order.slice(0, MAX_PER_RULE);
    const max = Math.max(1e-9, ...keep.map((j) => Math.abs(w[j + 1]!)));
    scale.push(max / 127);
    for (const j of keep) {
      const q = Math.round((w[j + 1]! / max) * 127);
      if (q === 0) continue;
      codes.set(j, [...(codes.get(j) ?? []), [r, q]]);
    }
  });
  const weights = [...codes]
    .sort(([a], [b]) => (vocab[a]! < vocab[b]! ? -1 : vocab[a]! > vocab[b]! ? 1 : 0))
    .map(([j, pairs]) => `${vocab[j]}\t${pairs.map(([r, q]) => `${r}:${q}`).join(' ')}`)
    .join('\n');
  return { rules: [...FLAG_IDS], bias: perRule.map((p) => fmt(p.bias)), scale: scale.map(fmt), thresholds: FLAG_IDS.map(() => null), weights };
}

export const foldOf = (id: string, k: number) => Number.parseInt(createHash('sha256').update(`fold:${id}`).digest('hex').slice(0, 8), 16) % k;

/** Out-of-fold scores per case and rule: best over frame-silent sentences (additions), best over all. */
export interface Oof {
  labels: Set<string>;
  engine: Set<string>;
  addition: number[];
  alone: number[];
}

export function crossValidate(prepared: Prepared[], k: number, lambda: number): Oof[] {
  const out = new Array<Oof>(prepared.length);
  for (let fold = 0; fold < k; fold++) {
    const held = prepared.map((c, i) => [c, i] as const).filter(([c]) => foldOf(c.id, k) === fold);
    const model = compileModel(fit(prepared.filter((c) => foldOf(c.id, k) !== fold), lambda));
    for (const [c, i] of held) {
      const addition = FLAG_IDS.map(() => 0);
      const alone = FLAG_IDS.map(() => 0);
      c.sentences.forEach((features, si) => {
        const scores = scoreFeatures(features, model);
        FLAG_IDS.forEach((rule, r) => {
          alone[r] = Math.max(alone[r]!, scores[r]!);
          if (!c.hits[si]!.has(rule)) addition[r] = Math.max(addition[r]!, scores[r]!);
        });
      });
      out[i] = { labels: c.labels, engine: c.engine, addition, alone };
    }
  }
  return out;
}

export interface Choice {
  threshold: number | null;
  tp: number;
  fp: number;
  /** Frame-silent R cases (what additions could win). */
  missed: number;
}

/**
 * The lowest threshold whose additions, and every stricter one's, keep the target precision.
 * `standalone`: the model's own case-level precision over all held-out cases instead (as if the
 * frames caught nothing), a looser reading kept for comparison.
 */
export function chooseThreshold(oof: Oof[], r: number, standalone = false): Choice {
  const rule = FLAG_IDS[r]!;
  const pool = standalone
    ? oof.map((o) => ({ s: o.alone[r]!, y: o.labels.has(rule) }))
    : oof.filter((o) => !o.engine.has(rule)).map((o) => ({ s: o.addition[r]!, y: o.labels.has(rule) }));
  pool.sort((a, b) => b.s - a.s);
  const missed = pool.filter((p) => p.y).length;
  let tp = 0;
  let fp = 0;
  let best: Choice = { threshold: null, tp: 0, fp: 0, missed };
  for (let i = 0; i < pool.length; i++) {
    if (pool[i]!.y) tp++;
    else fp++;
    if (i + 1 < pool.length && pool[i + 1]!.s === pool[i]!.s) continue; // ties go together
    if (tp / (tp + fp) < TARGET_PRECISION) break;
    if (tp >= MIN_TP) best = { threshold: fmt(pool[i]!.s), tp, fp, missed };
  }
  return best;
}

function write(data: LinearModelData): { raw: number; gzip: number; features: number } {
  const body = [
    '// Generated by tests/experiments/second-opinion/train.ts from the tune split: do not edit.',
    "import type { LinearModelData } from './index';",
    '',
    'export const MODEL_DATA: LinearModelData = {',
    `  rules: ${JSON.stringify(data.rules)},`,
    `  bias: ${JSON.stringify(data.bias)},`,
    `  scale: ${JSON.stringify(data.scale)},`,
    `  thresholds: ${JSON.stringify(data.thresholds)},`,
    `  standaloneThresholds: ${JSON.stringify(data.standaloneThresholds ?? null)},`,
    `  weights: ${JSON.stringify(data.weights)},`,
    '};',
    '',
  ].join('\n');
  writeFileSync(OUT, body);
  return { raw: Buffer.byteLength(body), gzip: gzipSync(body, { level: 9 }).length, features: data.weights.split('\n').length };
}

export function main(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { 'dry-run': { type: 'boolean' }, lambda: { type: 'string', default: '0.0001' }, folds: { type: 'string', default: '5' } } });
  const lambda = Number(values.lambda);
  const k = Number(values.folds);
  const started = Date.now();
  const tune = loadSet('tune').cases;
  const prepared = prepare(tune);
  const nSentences = prepared.reduce((s, c) => s + c.sentences.length, 0);
  console.log(`train-model: tune ${tune.length} cases, ${nSentences} sentences; lambda ${lambda}, ${k}-fold CV`);

  const oof = crossValidate(prepared, k, lambda);
  const choices = FLAG_IDS.map((_, r) => chooseThreshold(oof, r));
  const loose = FLAG_IDS.map((_, r) => chooseThreshold(oof, r, true));
  console.log('\nthresholds from tune CV (additions: cases where the frames are silent on the rule)');
  console.log('rule              threshold  add-tp  add-fp  frame-missed  model-alone P/R at threshold | standalone threshold  tp  fp  (labels)');
  FLAG_IDS.forEach((rule, r) => {
    const c = choices[r]!;
    let alone = '–';
    if (c.threshold !== null) {
      const fired = oof.filter((o) => o.alone[r]! >= c.threshold!);
      const tp = fired.filter((o) => o.labels.has(rule)).length;
      const pos = oof.filter((o) => o.labels.has(rule)).length;
      alone = `${(tp / fired.length).toFixed(2)}/${(tp / pos).toFixed(2)}`;
    }
    const l = loose[r]!;
    console.log(`${rule.padEnd(18)}${String(c.threshold ?? '–').padStart(9)}${String(c.tp).padStart(8)}${String(c.fp).padStart(8)}${String(c.missed).padStart(14)}  ${alone.padEnd(28)} | ${String(l.threshold ?? '–').padStart(20)}${String(l.tp).padStart(4)}${String(l.fp).padStart(4)}  (${l.missed})`);
  });

  const data = fit(prepared, lambda);
  data.thresholds = choices.map((c) => c.threshold);
  data.standaloneThresholds = loose.map((c) => c.threshold);
  if (values['dry-run']) {
    console.log(`\n(dry run: ${OUT} not written) ${data.weights.split('\n').length} features`);
  } else {
    const size = write(data);
    console.log(`\nwrote ${OUT}: ${size.features} features, ${(size.raw / 1024).toFixed(1)} kB raw, ${(size.gzip / 1024).toFixed(1)} kB gzipped`);
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return 0;
}
