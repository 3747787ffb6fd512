// The model's per-rule sums for one sentence, as scoreFeatures(sentenceFeatures(…)) computes
// them, without spelling out the features. Scoring reads every sentence of every reply, and
// building each feature's string ("u:charged", "b:the system") and a Set of them, then hashing
// each new string to look it up, was most of the model's cost. Here a word's features are
// looked up once per distinct word and kept; a bigram is found from its first stem's entry;
// a feature counts once a sentence by a stamp on it rather than by a Set.
// The sums are of integer codes, so their order does not change a bit of the result
// (tests/unit/engine-speed.test.ts holds this scorer against the spelled-out features).
import { conceptFeatures, CONCEPTS, cueFeatures, QUOTED, stemOf, tokenOf, WORD } from './features';
import { codesOf, type CompiledModel } from './index';
import { LazyRegex } from '../regex';
import { firstAtOrAfter } from '../sorted';

/** One feature the model weighs, counted at most once a sentence. */
interface Weighted {
  /** Interleaved [rule, code, …], read from the model when first counted. */
  codes: Int16Array | null;
  feature: string;
  /** The sentence (its stamp) that last counted this feature. */
  counted: number;
}

/** What a word of the sentence brings, whatever else the sentence holds. */
interface Word {
  stem: string;
  /** `u:word`, and `s:stem` where the stem differs; null where the model does not weigh it. */
  unigram: Weighted | null;
  stemmed: Weighted | null;
  /** The bigrams the model weighs that open with this word's stem, by their second stem. */
  bigramsFrom: ReadonlyMap<string, Weighted> | undefined;
}

/** Support text has a long tail of one-off words (names, codes, links): the cache starts over past this. */
const MAX_WORDS = 50_000;

export class SentenceScorer {
  /** Every feature the model weighs that has been looked up, by its text: one object per feature. */
  private readonly weighted = new Map<string, Weighted>();
  private readonly words = new Map<string, Word>();
  /** Bigram features by first stem, then second stem: each stem's found when first read. */
  private readonly bigrams = new Map<string, ReadonlyMap<string, Weighted> | undefined>();
  private stamp = 0;
  private readonly totals: number[];

  /** Whether the model weighs any cue class (`q:`): weights trained without them skip their regexes. */
  private readonly readsCues: boolean;

  constructor(private readonly model: CompiledModel) {
    this.totals = new Array<number>(model.data.rules.length).fill(0);
    this.readsCues = [...model.table.keys()].some((feature) => /^q[ynm]?:/.test(feature));
  }

  /** Per-rule probabilities for one sentence of canonical text, in the order of the model's rules. */
  scores(sentence: string): number[] {
    return probabilities(this.model, this.sums(sentence));
  }

  /**
   * Per-rule sums of the sentence's integer codes, before bias and scale: what the sentence's
   * own words bring, to which the scorer adds what it reads around them (contextFeatures).
   */
  sums(sentence: string): number[] {
    const sums = this.totals;
    sums.fill(0);
    const stamp = ++this.stamp;
    const canonical = sentence.includes('"') ? sentence.replace(QUOTED, ' <quote> ') : sentence;
    let prev = this.wordOf('^', '^');
    // match() rather than an exec() loop: the words alone, without a match object for each.
    for (const raw of canonical.match(WORD) ?? []) {
      const word = this.wordOf(raw);
      this.count(word.unigram, stamp);
      this.count(word.stemmed, stamp);
      this.count(prev.bigramsFrom?.get(word.stem), stamp);
      prev = word;
    }
    this.countConcepts(canonical, stamp);
    if (this.readsCues) cueFeatures(canonical, (feature) => this.count(this.weightedOf(feature), stamp));
    return [...sums];
  }

  /** The concept classes and their bigrams (`c:`, `cb:`), as sentenceFeatures reads them: rare, so spelled out. */
  private countConcepts(canonical: string, stamp: number): void {
    // One pass tells most sentences (19 in 20) that they hold no class, instead of one pass a class.
    if (!ANY_CONCEPT.get().test(canonical)) return;
    conceptFeatures(canonical, (feature) => this.count(this.weightedOf(feature), stamp));
  }

  private count(w: Weighted | null | undefined, stamp: number): void {
    if (!w || w.counted === stamp) return;
    w.counted = stamp;
    const codes = (w.codes ??= codesOf(this.model, w.feature)!);
    const sums = this.totals;
    for (let i = 0; i < codes.length; i += 2) sums[codes[i]!]! += codes[i + 1]!;
  }

  /** The feature's shared entry, or null when the model does not weigh it (not kept: the words are endless). */
  private weightedOf(feature: string): Weighted | null {
    let w = this.weighted.get(feature);
    if (w === undefined) {
      if (!this.model.table.has(feature)) return null;
      w = { codes: null, feature, counted: 0 };
      this.weighted.set(feature, w);
    }
    return w;
  }

  /** A raw word of the sentence (or `^`, the sentence's start, with its own stem). */
  private wordOf(raw: string, stemAs?: string): Word {
    let word = this.words.get(raw);
    if (word === undefined) {
      const token = stemAs ?? tokenOf(raw);
      const stem = stemAs ?? stemOf(token);
      word = {
        stem,
        unigram: stemAs === undefined ? this.weightedOf(`u:${token}`) : null,
        stemmed: stemAs === undefined && stem !== token ? this.weightedOf(`s:${stem}`) : null,
        bigramsFrom: this.bigramsFrom(stem),
      };
      if (this.words.size >= MAX_WORDS) {
        this.words.clear();
        this.bigrams.clear();
      }
      this.words.set(raw, word);
    }
    return word;
  }

  /** The bigrams the model weighs that open with `stem`, by their second stem (undefined: none). */
  private bigramsFrom(stem: string): ReadonlyMap<string, Weighted> | undefined {
    if (this.bigrams.has(stem)) return this.bigrams.get(stem);
    // Stems hold no space: the features that open with this one are those after "b:stem ".
    const opening = `b:${stem} `;
    const { bigrams } = this.model;
    let from: Map<string, Weighted> | undefined;
    for (let i = firstAtOrAfter(bigrams, opening); i < bigrams.length && bigrams[i]!.startsWith(opening); i++) {
      (from ??= new Map()).set(bigrams[i]!.slice(opening.length), this.weightedOf(bigrams[i]!)!);
    }
    this.bigrams.set(stem, from);
    return from;
  }
}

/**
 * Whether any concept class occurs: the classes' alternation, each class still whole-word. Run on
 * every sentence, so compiled for that on first use (../regex.ts).
 */
const ANY_CONCEPT = new LazyRegex(CONCEPTS.map(([, re]) => re.source).join('|'));

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Per-rule probabilities from per-rule sums of codes, as scoreFeatures computes them. */
export function probabilities(model: CompiledModel, sums: readonly number[]): number[] {
  const { bias, scale } = model.data;
  return sums.map((s, r) => sigmoid(bias[r]! + scale[r]! * s));
}

