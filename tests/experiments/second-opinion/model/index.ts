// A learned second opinion for the seven RULES.md flags: per-rule logistic regression over the
// sentence features of ./features.ts, trained on the tune split only (tests/experiments/second-opinion/train.ts)
// and shipped as data (./weights.ts, int8 weights with a scale per rule). It never replaces the
// frames: `modelAdditions` proposes a flag only on a sentence where the frames found none for
// that rule, and only at or above the rule's threshold, chosen on tune cross-validation for
// precision >= 0.92 (a rule with no threshold never fires). Deterministic and linear in the
// reply's length: one pass to cut sentences, one over each sentence's words, a Map lookup a
// feature.
//
// Experimental: not wired into the scorer (tests/experiments/second-opinion/experiment.ts measures it).
import { sentenceFeatures, sentenceSpans, type Span } from './features';
import { MODEL_DATA } from './weights';

export { sentenceFeatures, sentenceSpans, type Span };

/** The model as the trainer writes it. */
export interface LinearModelData {
  /** Rule ids, in the order of every per-rule array below. */
  rules: string[];
  bias: number[];
  /** A weight is its int8 code times the rule's scale. */
  scale: number[];
  /** Probability at or above which a rule may add a flag; null: the rule never adds one. */
  thresholds: (number | null)[];
  /**
   * For the experiment only: thresholds at which the model alone (frames ignored) keeps
   * precision >= 0.92 on tune cross-validation, a looser reading than `thresholds`.
   */
  standaloneThresholds?: (number | null)[] | null;
  /** One feature a line: `feature\trule:code rule:code…` (rule as its index in `rules`). */
  weights: string;
}

export interface CompiledModel {
  data: LinearModelData;
  /** Feature to interleaved [rule, code, rule, code, …]. */
  table: Map<string, Int16Array>;
}

export interface Opinion {
  ruleId: string;
  /** Probability-like score in (0, 1). */
  score: number;
}

export interface Addition extends Span {
  ruleId: string;
  score: number;
}

export function compileModel(data: LinearModelData): CompiledModel {
  const table = new Map<string, Int16Array>();
  for (const line of data.weights.split('\n')) {
    if (line === '') continue;
    const tab = line.lastIndexOf('\t');
    const pairs = line.slice(tab + 1).split(' ');
    const codes = new Int16Array(pairs.length * 2);
    pairs.forEach((pair, i) => {
      const colon = pair.indexOf(':');
      codes[2 * i] = Number(pair.slice(0, colon));
      codes[2 * i + 1] = Number(pair.slice(colon + 1));
    });
    table.set(line.slice(0, tab), codes);
  }
  return { data, table };
}

let shipped: CompiledModel | undefined;
/** The shipped model, compiled on first use. */
export const shippedModel = (): CompiledModel => (shipped ??= compileModel(MODEL_DATA));

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Per-rule scores of a feature list (the trainer's hot path: features already extracted). */
export function scoreFeatures(features: readonly string[], model: CompiledModel): number[] {
  const { data, table } = model;
  const sums = new Array<number>(data.rules.length).fill(0);
  for (const f of features) {
    const codes = table.get(f);
    if (codes === undefined) continue;
    for (let i = 0; i < codes.length; i += 2) sums[codes[i]!]! += codes[i + 1]!;
  }
  return sums.map((s, r) => sigmoid(data.bias[r]! + data.scale[r]! * s));
}

/** The model's score for each of its rules on one sentence. */
export function secondOpinion(sentence: string, model: CompiledModel = shippedModel()): Opinion[] {
  const scores = scoreFeatures(sentenceFeatures(sentence), model);
  return model.data.rules.map((ruleId, r) => ({ ruleId, score: scores[r]! }));
}

/**
 * Flags the model would add to a reply: for each sentence and rule, when no span in `found`
 * of that rule overlaps the sentence and the score reaches the rule's threshold.
 */
export function modelAdditions(
  reply: string,
  found: readonly { ruleId: string; start: number; end: number }[],
  model: CompiledModel = shippedModel(),
): Addition[] {
  const { rules, thresholds } = model.data;
  if (thresholds.every((t) => t === null)) return [];
  const out: Addition[] = [];
  for (const span of sentenceSpans(reply)) {
    const scores = scoreFeatures(sentenceFeatures(reply.slice(span.start, span.end)), model);
    rules.forEach((ruleId, r) => {
      const t = thresholds[r];
      if (t === null || t === undefined || scores[r]! < t) return;
      if (found.some((f) => f.ruleId === ruleId && f.start < span.end && f.end > span.start)) return;
      out.push({ ruleId, start: span.start, end: span.end, score: scores[r]! });
    });
  }
  return out;
}
