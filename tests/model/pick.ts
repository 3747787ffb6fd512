// Chooses a retrained rule's threshold for the additions gate on tune alone (stop 40, round 2),
// and writes the candidate compare.ts judges on validate.
//   node tests/tools/run-ts.mjs tests/model/pick.ts --candidate FILE --rules RULE,RULE
//     [--features cues,place] [--anchored RULE,RULE] [--margin 0.03] [--cache FILE]
// The gate compares a retrain's additions with the shipped model's, so the cases it is read on
// must be new to both. The shipped model (milestone 10) was trained on tune batches `wa`–`wt`;
// tune's later batches ("unseen") are new to it. The retrain is fitted on the seen batches
// only, so the unseen ones are new to it too; its threshold is chosen on the unseen cases of
// tune half a, and checked on those of half b. No case both trains and measures, and validate,
// sealed and real are not read.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createScorer, type Finding } from '../../src/engine';
import { compileModel, scoreFeatures, type LinearModelData } from '../../src/engine/model';
import { MODEL_DATA } from '../../src/engine/model/weights';
import type { LabeledCase } from '../eval/metrics';
import { inHalf } from '../eval/sentences';
import { loadSet } from '../eval/sets';
import { additionsGate, fit, FLAG_IDS, framesOnly, keepShipped, preparedCached, withFamilies, type Additions, type Candidate, type Prepared } from './train';

/** The last tune batch milestone 10 (the shipped weights) was trained on. */
const LAST_SHIPPED_BATCH = 'wt';
const isUnseen = (id: string) => id.slice(0, id.indexOf('-')) > LAST_SHIPPED_BATCH;
/** Fewer additions than this give no rate worth holding a threshold to. */
const MIN_ADDED = 8;

/** One case as a rule's threshold sees it: labelled with the rule, flagged by the frames, and the retrain's best addable score (null: the frames flag it). */
export interface ScoredCase {
  labelled: boolean;
  framed: boolean;
  score: number | null;
}

/** The rule's additions and F1 at a threshold: frames, plus the model where it scores at least that. */
export function atThreshold(cases: readonly ScoredCase[], threshold: number): Additions & { f1: number } {
  let [tp, fp, fn, added, right] = [0, 0, 0, 0, 0];
  for (const c of cases) {
    const adds = !c.framed && c.score !== null && c.score >= threshold;
    const fired = c.framed || adds;
    if (fired && c.labelled) tp++;
    else if (fired) fp++;
    else if (c.labelled) fn++;
    if (adds) {
      added++;
      if (c.labelled) right++;
    }
  }
  return { added, right, f1: tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn) };
}

/**
 * The threshold with the best F1 among those whose additions beat the shipped model's rate by
 * `margin` and whose F1 is not below the shipped model's; null if none does. A margin, because
 * at tens of additions one or two cases decide the gate's rate test on validate.
 */
export function pickThreshold(cases: readonly ScoredCase[], shipped: Additions & { f1: number }, margin: number): { threshold: number; at: Additions & { f1: number } } | null {
  const rate = shipped.added === 0 ? 1 : shipped.right / shipped.added;
  const scores = [...new Set(cases.flatMap((c) => (c.score === null || c.framed ? [] : [c.score])))].sort((a, b) => b - a);
  let best: { threshold: number; at: Additions & { f1: number } } | null = null;
  for (const threshold of scores) {
    const at = atThreshold(cases, threshold);
    if (at.added < MIN_ADDED || at.right / at.added < rate + margin || at.f1 < shipped.f1) continue;
    if (best === null || at.f1 > best.at.f1) best = { threshold, at };
  }
  return best;
}

/** A case's best score for each rule where the model could add it (Prepared.eligible, anchored sentences for an anchored rule); null where the frames flag the rule. */
function addableScores(c: Prepared, data: LinearModelData, model: ReturnType<typeof compileModel>): (number | null)[] {
  const scores = c.sentences.map((features) => scoreFeatures(features, model));
  return FLAG_IDS.map((rule, r) => {
    if (c.engine.has(rule)) return null;
    let best = -Infinity;
    c.sentences.forEach((_, si) => {
      if (c.eligible[si]!.has(rule) && (!data.anchored?.[r] || c.anchors[si]!.has(rule))) best = Math.max(best, scores[si]![r]!);
    });
    return best;
  });
}

const input = (c: LabeledCase) => ({ reply: c.reply, ...(c.customer === undefined ? {} : { customer: c.customer }) });
const rulesOf = (findings: Finding[]) => new Set(findings.filter((f) => f.kind === 'flag').map((f) => f.ruleId));

/** A model's additions and F1 per rule on `cases`, read through the scorer as compare.ts reads validate. */
function throughScorer(cases: LabeledCase[], data: LinearModelData): Map<string, Additions & { f1: number }> {
  const [frames, model] = [framesOnly(), createScorer({}, undefined, compileModel(data))];
  const flagged = cases.map((c) => ({ labels: new Set(c.flags), frames: rulesOf(frames(input(c)).findings), model: rulesOf(model(input(c)).findings) }));
  return new Map(FLAG_IDS.map((rule) => [rule, atThreshold(flagged.map((c) => ({ labelled: c.labels.has(rule), framed: c.frames.has(rule), score: c.model.has(rule) ? 1 : 0 })), 1)]));
}

const show = (x: Additions & { f1: number }) => `${x.right}/${x.added} (${x.added === 0 ? '–' : ((100 * x.right) / x.added).toFixed(0)} %) F1 ${x.f1.toFixed(3)}`;

export function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      candidate: { type: 'string' },
      rules: { type: 'string', default: 'policy-shield,system-says,blame-shift,dead-end,argue-defend' },
      features: { type: 'string', default: 'cues,place' },
      anchored: { type: 'string', default: 'blame-shift,dead-end,policy-shield' },
      margin: { type: 'string', default: '0.03' },
      lambda: { type: 'string', default: '0.0001' },
      cache: { type: 'string' },
    },
  });
  if (!values.candidate) throw new Error('--candidate FILE: where to write the candidate');
  const started = Date.now();
  const margin = Number(values.margin);
  const rules = values.rules.split(',').filter(Boolean);
  const anchoredRules = new Set(values.anchored.split(',').filter(Boolean));
  const tune = loadSet('tune').cases;
  const prepared = withFamilies(preparedCached(tune, values.cache), new Set(values.features.split(',').filter(Boolean)));
  const seen = prepared.filter((c) => !isUnseen(c.id));
  const unseenIn = (h: 'a' | 'b') => prepared.filter((c) => isUnseen(c.id) && inHalf(c.id, h));
  const [a, b] = [unseenIn('a'), unseenIn('b')];
  console.log(`pick: tune ${tune.length} cases; retrain fitted on the ${seen.length} of batches up to ${LAST_SHIPPED_BATCH}; thresholds on ${a.length} unseen half-a cases, checked on ${b.length} unseen half-b cases; margin ${margin}`);
  const data = fit(seen, Number(values.lambda), {});
  data.anchored = FLAG_IDS.map((rule) => anchoredRules.has(rule));
  const byId = new Map(tune.map((c) => [c.id, c]));
  const labelled = (set: Prepared[]) => set.map((c) => byId.get(c.id)!);
  const [shippedA, shippedB] = [throughScorer(labelled(a), MODEL_DATA), throughScorer(labelled(b), MODEL_DATA)];
  const compiled = compileModel(data);
  const scoresOf = (set: Prepared[]) => set.map((c) => ({ c, s: addableScores(c, data, compiled) }));
  const [scoresA, scoresB] = [scoresOf(a), scoresOf(b)];
  const scored = (set: typeof scoresA, r: number): ScoredCase[] => set.map(({ c, s }) => ({ labelled: c.labels.has(FLAG_IDS[r]!), framed: c.engine.has(FLAG_IDS[r]!), score: s[r]! }));

  console.log('rule              threshold  shipped a              retrained a            shipped b              retrained b            passes b');
  const passing: string[] = [];
  for (const rule of rules) {
    const r = FLAG_IDS.indexOf(rule);
    const pick = pickThreshold(scored(scoresA, r), shippedA.get(rule)!, margin);
    if (!pick) {
      console.log(`${rule.padEnd(18)}        –  ${show(shippedA.get(rule)!).padEnd(23)}none passes on a`);
      continue;
    }
    const onB = atThreshold(scored(scoresB, r), pick.threshold);
    const passes = additionsGate(shippedB.get(rule)!, onB, shippedB.get(rule)!.f1, onB.f1);
    console.log(`${rule.padEnd(18)}${pick.threshold.toFixed(4).padStart(9)}  ${show(shippedA.get(rule)!).padEnd(23)}${show(pick.at).padEnd(23)}${show(shippedB.get(rule)!).padEnd(23)}${show(onB).padEnd(23)}${passes ? 'yes' : 'no'}`);
    // Unrounded: a rounded threshold could fall above the score it was chosen at.
    data.thresholds[r] = pick.threshold;
    if (passes) passing.push(rule);
  }
  const candidate: Candidate = { replaced: passing, data: keepShipped(data, MODEL_DATA, new Set(FLAG_IDS.filter((rule) => !passing.includes(rule)))) };
  // The same check through the scorer, as compare.ts will read validate.
  const viaScorer = throughScorer(labelled(b), candidate.data);
  console.log(`through the scorer, unseen half b: ${passing.map((rule) => `${rule} ${show(viaScorer.get(rule)!)}`).join('; ') || 'no rule passes'}`);
  writeFileSync(values.candidate, JSON.stringify(candidate));
  console.log(`candidate written to ${values.candidate}: retrained ${passing.join(', ') || 'none'}, the rest as shipped (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return 0;
}
