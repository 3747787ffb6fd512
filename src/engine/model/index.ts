// A learned second opinion for the seven RULES.md flags: per-rule logistic regression over the
// sentence features of ./features.ts, trained on the team's tune split only
// (tests/model/train.ts) and shipped as data (./weights.ts: int8 weights with a scale per rule).
// It never replaces the frames: it flags a sentence for a rule only where the frames found
// nothing of that rule in it, and only at or above the rule's threshold; a rule whose additions
// did not hold precision on the validate split has no threshold and never fires.
// Deterministic and linear in the reply's length: one pass to cut sentences, one over each
// sentence's words, a Map lookup a feature.
import { contextFeatures, customerCues, sentenceFeatures, sentenceSpans, type Span } from './features';
import { anchored } from '../rules/model-cues';
import { probabilities, SentenceScorer } from './sentence-scorer';
import { MODEL_DATA } from './weights';

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
   * Per rule, whether its additions are held to sentences holding one of its cue classes
   * (./anchors.ts); absent, as in models trained before anchors, none is.
   */
  anchored?: boolean[];
  /** One feature a line: `feature\trule:code rule:code…` (rule as its index in `rules`). */
  weights: string;
}

export interface CompiledModel {
  data: LinearModelData;
  /**
   * Feature to interleaved [rule, code, rule, code, …], or, until first read, where its pairs
   * start in `data.weights` (see codesOf).
   */
  table: Map<string, Int16Array | number>;
  /**
   * The bigram features (`b:`), sorted: those that open with one stem are side by side, so a
   * sentence's words find theirs by a binary search, and the ~3,600 of them need not be grouped
   * up front (~10 ms of a fresh worker's first reply).
   */
  bigrams: string[];
}

/** A sentence of canonical text the model would flag under one rule. */
export interface Addition extends Span {
  ruleId: string;
  score: number;
}

// Only the features are read up front: parsing all ~14,000 pairs of the shipped model into
// ~6,000 arrays was most of the cost of building a scorer, and a session reads few of them.
export function compileModel(data: LinearModelData): CompiledModel {
  const table = new Map<string, Int16Array | number>();
  const bigrams: string[] = [];
  let sorted = true;
  const { weights } = data;
  for (let at = 0; at < weights.length; ) {
    let end = weights.indexOf('\n', at);
    if (end < 0) end = weights.length;
    const tab = weights.lastIndexOf('\t', end);
    if (tab >= at) {
      const feature = weights.slice(at, tab);
      table.set(feature, tab + 1);
      if (feature.startsWith('b:')) {
        if (bigrams.length > 0 && !(bigrams[bigrams.length - 1]! < feature)) sorted = false;
        bigrams.push(feature);
      }
    }
    at = end + 1;
  }
  // The trainer writes features in order; a model written otherwise is sorted here.
  if (!sorted) bigrams.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { data, table, bigrams };
}

/** A feature's [rule, code, …] pairs, or undefined when the model has none. */
export function codesOf(model: CompiledModel, feature: string): Int16Array | undefined {
  const entry = model.table.get(feature);
  if (typeof entry !== 'number') return entry;
  const { weights } = model.data;
  let end = weights.indexOf('\n', entry);
  if (end < 0) end = weights.length;
  const pairs = weights.slice(entry, end).split(' ');
  const codes = new Int16Array(pairs.length * 2);
  pairs.forEach((pair, i) => {
    const colon = pair.indexOf(':');
    codes[2 * i] = Number(pair.slice(0, colon));
    codes[2 * i + 1] = Number(pair.slice(colon + 1));
  });
  model.table.set(feature, codes);
  return codes;
}

let shipped: CompiledModel | undefined;
/** The shipped model, compiled on first use (the worker pays for it only when a reply is scored). */
export const shippedModel = (): CompiledModel => (shipped ??= compileModel(MODEL_DATA));

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Per-rule scores of a feature list, in the order of the model's rules. */
export function scoreFeatures(features: readonly string[], model: CompiledModel): number[] {
  const { data } = model;
  const sums = new Array<number>(data.rules.length).fill(0);
  for (const f of features) {
    const codes = codesOf(model, f);
    if (codes === undefined) continue;
    for (let i = 0; i < codes.length; i += 2) sums[codes[i]!]! += codes[i + 1]!;
  }
  return sums.map((s, r) => sigmoid(data.bias[r]! + data.scale[r]! * s));
}

/** The model's score for each of its rules on one sentence of canonical text. */
export function secondOpinion(canonicalSentence: string, model: CompiledModel = shippedModel()): { ruleId: string; score: number }[] {
  const scores = scoreFeatures(sentenceFeatures(canonicalSentence), model);
  return model.data.rules.map((ruleId, r) => ({ ruleId, score: scores[r]! }));
}

/** Sentences remembered: a keystroke changes one sentence, and support replies repeat theirs. */
const CACHE_SIZE = 2048;

/**
 * The second opinion as one scorer uses it: only the rules that are on and have a threshold,
 * each sentence's scores remembered between calls.
 */
export class SecondOpinion {
  private readonly slots: { ruleId: string; index: number; threshold: number; anchored: boolean }[] = [];
  private readonly cache = new Map<string, number[]>();
  private readonly scorer: SentenceScorer;
  /** Whether the weights read a sentence's place or the customer's message (`p:`, `m:`): older weights do not. */
  private readonly readsContext: boolean;
  private lastCustomer: string | undefined;
  private lastCustomerCues: string[] = [];

  constructor(private readonly model: CompiledModel, isOn: (ruleId: string) => boolean) {
    this.scorer = new SentenceScorer(model);
    this.readsContext = [...model.table.keys()].some((feature) => feature.startsWith('p:') || feature.startsWith('m:'));
    model.data.rules.forEach((ruleId, index) => {
      const threshold = model.data.thresholds[index];
      const anchored = model.data.anchored?.[index] === true;
      if (typeof threshold === 'number' && isOn(ruleId)) this.slots.push({ ruleId, index, threshold, anchored });
    });
  }

  /** Whether it can add anything at all (no rule on with a threshold: nothing to compute). */
  get active(): boolean {
    return this.slots.length > 0;
  }

  /**
   * The sentences of `canonical` it would flag, per rule, in text order; `covered` says where
   * the frames already flagged that rule (canonical offsets), and the model keeps out of there.
   * `customer`: the customer's message as canonical text, where there is one.
   */
  additions(canonical: string, covered: (ruleId: string, start: number, end: number) => boolean, customer?: string): Addition[] {
    const out: Addition[] = [];
    if (this.slots.length === 0) return out;
    const spans = sentenceSpans(canonical);
    const cues = this.readsContext ? this.customerCuesOf(customer) : [];
    spans.forEach((span, i) => {
      const sentence = canonical.slice(span.start, span.end);
      const scores = this.scoresOf(sentence, i, spans.length, cues);
      for (const slot of this.slots) {
        const { ruleId, index, threshold } = slot;
        const score = scores[index]!;
        if (score < threshold || covered(ruleId, span.start, span.end)) continue;
        if (slot.anchored && !anchored(ruleId, sentence)) continue;
        out.push({ ruleId, start: span.start, end: span.end, score });
      }
    });
    return out;
  }

  /** The customer's message stays the same while the agent types: its cue classes are read once. */
  private customerCuesOf(customer: string | undefined): string[] {
    if (customer !== this.lastCustomer) {
      this.lastCustomer = customer;
      this.lastCustomerCues = customerCues(customer);
    }
    return this.lastCustomerCues;
  }

  /**
   * Weights that read no context: the sentence's scores are remembered, as they were before context
   * features (no exp per rule on every keystroke). Otherwise its own sums are remembered and its
   * place and the customer's message are added each time.
   */
  private scoresOf(sentence: string, index: number, count: number, cues: readonly string[]): number[] {
    let remembered = this.cache.get(sentence);
    if (remembered === undefined) {
      const sums = this.scorer.sums(sentence);
      remembered = this.readsContext ? sums : probabilities(this.model, sums);
      if (this.cache.size >= CACHE_SIZE) this.cache.clear();
      this.cache.set(sentence, remembered);
    }
    if (!this.readsContext) return remembered;
    const withContext = [...remembered];
    for (const feature of contextFeatures(index, count, cues)) {
      const codes = codesOf(this.model, feature);
      if (codes) for (let j = 0; j < codes.length; j += 2) withContext[codes[j]!]! += codes[j + 1]!;
    }
    return probabilities(this.model, withContext);
  }
}
