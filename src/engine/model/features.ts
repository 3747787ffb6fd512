// Features of one sentence for the learned second opinion (see ./index.ts): lower-cased word
// unigrams, Porter stems, stem bigrams (with a sentence-start marker) and the engine's shared
// word classes (../rules/concepts.ts), both as features of their own and standing in for the
// words they matched in the bigrams ("per company {rulebook}"), and the rules' cue classes
// (../rules/model-cues.ts: customer-fault verbs, contradiction, finality…) present in it. Pure
// functions, linear in the sentence's length; the same code runs in the trainer and at scoring time.
import { stemmer } from 'stemmer';
import { GENERIC_TROUBLE, RECORDS, RULEBOOK, THIRD_PARTY } from '../rules/concepts';
import { CUE_CLASSES } from '../rules/model-cues';
import { primed } from '../regex';

/** The concept classes, each matched as whole words over canonical text. */
export const CONCEPTS: readonly (readonly [string, RegExp])[] = [
  ['rulebook', RULEBOOK],
  ['records', RECORDS],
  ['third', THIRD_PARTY],
  ['trouble', GENERIC_TROUBLE],
].map(([name, source]) => [name!, new RegExp(`\\b${source}\\b`, 'g')] as const);

let conceptsPrimed = false;

export const WORD = /<quote>|[a-z0-9]+(?:'[a-z]+)*|[&£$€%]/g;
export const QUOTED = /"[^"\n]{1,300}"/g;
/** Words of the second token stream, where `{name}` stands for a concept class's match. */
const CONCEPT_STREAM = /\{[a-z]+\}|<quote>|[a-z0-9]+(?:'[a-z]+)*|[&£$€%]/g;
const DIGIT = /\d/;

/** A token as the model sees it: digits collapse to one token, apostrophes are dropped. */
export function tokenOf(raw: string): string {
  if (raw === '<quote>') return raw;
  return DIGIT.test(raw) ? '<num>' : raw.replace(/'/g, '');
}

// The Porter stemmer is the costly part and support text repeats its words.
const stems = new Map<string, string>();
export function stemOf(token: string): string {
  let s = stems.get(token);
  if (s === undefined) {
    s = token.length < 3 || token.startsWith('<') ? token : stemmer(token);
    if (stems.size > 50_000) stems.clear();
    stems.set(token, s);
  }
  return s;
}

/** Tokens of canonical text. */
export function tokens(canonical: string): string[] {
  return (canonical.match(WORD) ?? []).map(tokenOf);
}

/**
 * The distinct features of one sentence of canonical text (../normalize.ts: lower case,
 * contractions expanded, straight quotes), in a fixed order.
 * `u:` word, `s:` stem (when it differs from the word), `b:` stem bigram (`^` opens the
 * sentence), `c:` concept class present, `cb:` bigram with a concept class in place of the words
 * it matched, `q:` cue class present, and `qy:`/`qn:`/`qm:` the same class in a sentence that also
 * holds "you"/"your", a negation, or a modal of duty ("should", "need to").
 */
export function sentenceFeatures(sentence: string): string[] {
  // Words in quotation marks are someone else's ("your customer said “nothing can be done”"):
  // the model reads that a quote stands there, not what it says.
  const canonical = sentence.includes('"') ? sentence.replace(QUOTED, ' <quote> ') : sentence;
  const out = new Set<string>();
  const words = tokens(canonical);
  let prev = '^';
  for (const w of words) {
    const s = stemOf(w);
    out.add(`u:${w}`);
    if (s !== w) out.add(`s:${s}`);
    out.add(`b:${prev} ${s}`);
    prev = s;
  }
  conceptFeatures(canonical, (feature) => out.add(feature));
  cueFeatures(canonical, (feature) => out.add(feature));
  return [...out];
}

/**
 * The cue classes a sentence holds (`q:fault`, `q:contra`…): a wording no tune case used still
 * shares its class's weight. Shared by sentenceFeatures and the scorer's fast path.
 */
export function cueFeatures(canonical: string, add: (feature: string) => void): void {
  let you: boolean | undefined;
  let negated: boolean | undefined;
  let modal: boolean | undefined;
  for (const [name, cue] of CUE_CLASSES) {
    if (!cue.get().test(canonical)) continue;
    add(`q:${name}`);
    // A class means more beside who it is said of and how: a fault cue with "you" is blame where
    // "we should have" is ownership, "not" turns finality into an opening ("nothing stops us"),
    // and "you need to" puts a duty on the reader. Linear weights cannot join them on their own.
    if ((you ??= YOU.test(canonical))) add(`qy:${name}`);
    if ((negated ??= NEGATION.test(canonical))) add(`qn:${name}`);
    if ((modal ??= MODAL.test(canonical))) add(`qm:${name}`);
  }
}

const YOU = /\byou(?:rs?|rself)?\b/;
const NEGATION = /\b(?:not|no|never|cannot|nothing|nobody|none|neither|nor)\b/;
const MODAL = /\b(?:should|must|ought to|(?:need|needs|needed|have|has|had) to)\b/;

/**
 * What the model reads about a sentence beyond its own words: where it stands in the reply
 * (`p:first`, `p:last`; a reply of one sentence has both), and the cue classes of the customer's
 * message it answers (`m:contra`…), the same for every sentence of the reply.
 */
export function contextFeatures(index: number, count: number, customerCues: readonly string[]): string[] {
  const out: string[] = [];
  if (index === 0) out.push('p:first');
  if (index === count - 1) out.push('p:last');
  for (const cue of customerCues) out.push(`m:${cue}`);
  return out;
}

/** The cue classes of a customer's message (canonical text), as contextFeatures takes them. */
export function customerCues(canonical: string | undefined): string[] {
  if (canonical === undefined) return [];
  return [...CUE_CLASSES].filter(([, cue]) => cue.get().test(canonical)).map(([name]) => name);
}

/**
 * The concept-class features of a sentence, in order: `c:` for each class present, then `cb:`
 * for each bigram of a second token stream in which every class match stands as its name.
 * Shared by sentenceFeatures and the scorer's fast path, so the two cannot drift apart.
 */
export function conceptFeatures(canonical: string, add: (feature: string) => void): void {
  // Each class runs more than once a sentence: compiled for that at once (../regex.ts).
  if (!conceptsPrimed) {
    for (const [, re] of CONCEPTS) primed(re);
    conceptsPrimed = true;
  }
  let replaced = canonical;
  let any = false;
  for (const [name, re] of CONCEPTS) {
    re.lastIndex = 0;
    if (!re.test(replaced)) continue;
    any = true;
    add(`c:${name}`);
    re.lastIndex = 0;
    replaced = replaced.replace(re, ` {${name}} `);
  }
  if (!any) return;
  let p = '^';
  for (const raw of replaced.match(CONCEPT_STREAM) ?? []) {
    const t = raw.startsWith('{') ? raw : stemOf(tokenOf(raw));
    if (t.startsWith('{') || p.startsWith('{')) add(`cb:${p} ${t}`);
    p = t;
  }
}

export interface Span {
  start: number;
  end: number;
}

const BOUNDARY = /[.!?]+["')\]]*(?=\s|$)|\n+/g;
const LETTER = /[a-z]/;
const SPACE = /\s/;

/**
 * The sentences of canonical text, as spans of it: cut after '.', '!' or '?' before white
 * space, and at line breaks; trimmed, each holding at least one letter. The scorer cuts the
 * agent's own text (quoted parts blanked) after normalising it, so the model reads what the
 * frames read.
 */
export function sentenceSpans(canonical: string): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && SPACE.test(canonical[start]!)) start++;
    while (end > start && SPACE.test(canonical[end - 1]!)) end--;
    if (end > start && LETTER.test(canonical.slice(start, end))) spans.push({ start, end });
  };
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(canonical); m !== null; m = BOUNDARY.exec(canonical)) {
    push(from, m.index + (m[0].startsWith('\n') ? 0 : m[0].length));
    from = m.index + m[0].length;
  }
  push(from, canonical.length);
  return spans;
}
