// Turns reply text into a canonical form that rule patterns can be written
// against once: lower case, straight quotes, single spaces, contractions
// expanded ("it's" -> "it is", "don't" -> "do not"). A compact map remembers
// which span of the original each canonical character came from, so a match
// maps back to exact UTF-16 offsets in what the agent typed.
//
// This runs on every keystroke: the common case (ASCII, a few contractions)
// costs two native passes (lower case, a check for curly quotes) and one
// native scan that stops only where the length may change; the map only
// records the places where it did.

export interface Normalized {
  /** Canonical text; whitespace runs become one ' ' (or '\n' when they hold a line break). */
  text: string;
  /** Canonical offsets where a segment starts (ascending; the first is 0). */
  segStart: readonly number[];
  /** Original offset of each segment's first character. */
  segFrom: readonly number[];
  /** For a segment that expands or collapses text: the original end; -1 for a plain copy. */
  segTo: readonly number[];
}

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};
const SAME_LENGTH = /[\u2018\u2019\u201A\u201B\u2032\u02BC`\u00B4\u201C-\u201F\u00AB\u00BB\u2010-\u2015\u2212]/g;

// Contractions, with and without the apostrophe that phones and hurried agents drop.
const WHOLE_WORDS: Record<string, string> = {
  "can't": 'can not', cant: 'can not', cannot: 'can not', "won't": 'will not', "shan't": 'shall not',
  "ain't": 'is not', dont: 'do not', doesnt: 'does not', didnt: 'did not', isnt: 'is not', arent: 'are not',
  wasnt: 'was not', werent: 'were not', havent: 'have not', hasnt: 'has not', hadnt: 'had not',
  couldnt: 'could not', shouldnt: 'should not', wouldnt: 'would not', mustnt: 'must not',
  im: 'i am', ive: 'i have', youre: 'you are', youve: 'you have', thats: 'that is', theres: 'there is',
  whats: 'what is', weve: 'we have', theyre: 'they are', "let's": 'let us', lets: 'let us',
};
const S_IS = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'this', 'how']);
const SUFFIX: Record<string, string> = { "'re": ' are', "'ve": ' have', "'ll": ' will', "'m": ' am', "'d": ' would' };

function expansion(word: string): string | undefined {
  const direct = WHOLE_WORDS[word];
  if (direct) return direct;
  const q = word.indexOf("'");
  if (q < 0) return undefined;
  const head = word.slice(0, q);
  const tail = word.slice(q);
  if (tail === "'t" && head.endsWith('n')) return `${head.slice(0, -1)} not`;
  if (tail === "'s") return S_IS.has(head) ? `${head} is` : undefined;
  const suffix = SUFFIX[tail];
  return suffix ? head + suffix : undefined;
}

// The apostrophe-less contractions, matched as whole words. (A Map of its
// own: looking a scanned word up in WHOLE_WORDS could find "constructor".)
const BARE_CONTRACTIONS = [
  'cant', 'cannot', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'hadnt',
  'couldnt', 'shouldnt', 'wouldnt', 'mustnt', 'im', 'ive', 'youre', 'youve', 'thats', 'theres', 'whats', 'weve',
  'theyre', 'lets',
];
const BARE_EXPANSIONS = new Map(BARE_CONTRACTIONS.map((word) => [word, WHOLE_WORDS[word]!]));

// What changes length: whitespace runs, odd spaces, invisible characters
// (they would split a phrase), and contractions. Rather than trying every
// position with one big pattern (a look-behind and 27 words at each of them),
// one cheap scan stops only where a change may start, and small functions
// below decide exactly what that spot becomes:
//   - an odd space or an invisible character, alone or in a run;
//   - two spaces or line breaks in a row;
//   - an apostrophe followed by a letter ("it's": the word before it is found
//     from there);
//   - a bare contraction, not after a letter or digit and not followed by
//     one or an apostrophe. \b stands in for the first (the text has no A-Z
//     left) except after '_', which \b counts as a letter: '_' followed by a
//     letter is a stop of its own (a separate check costs the scan less).
const CANDIDATE = new RegExp(
  String.raw`[\t\v-\r\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]|[ \n]{2}|'[a-z]|` +
    String.raw`_[a-z]|\b(?:${BARE_CONTRACTIONS.join('|')})(?![a-z0-9'])`,
  'g',
);

function lowerCase(input: string): string {
  const lower = input.toLowerCase();
  if (lower.length === input.length) return lower;
  // A few letters lower-case to two code units (U+0130): keep those as they are.
  return input.replace(/[^\x00-\x7f]|[A-Z]/g, (c) => {
    const l = c.toLowerCase();
    return l.length === 1 ? l : c;
  });
}

function straightQuotes(text: string): string {
  SAME_LENGTH.lastIndex = 0;
  return SAME_LENGTH.test(text) ? text.replace(SAME_LENGTH, (c) => QUOTES[c] ?? c) : text;
}

// Character classes of the canonical (already lower-cased) text, as UTF-16
// code units.
const APOSTROPHE = 0x27;
const UNDERSCORE = 0x5f;
const isLetter = (c: number) => c >= 0x61 && c <= 0x7a; // a-z
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** The code unit at `i`, or -1 (in no class) outside the text: reading past the end would slow the scan. */
const codeAt = (text: string, i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/** Zero-width characters and the soft hyphen: dropped, since they would split a phrase. */
function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

/** Whitespace other than ' ' and '\n': becomes ' ' (or '\n') even on its own. */
function isOddSpace(c: number): boolean {
  if (c < 0x80) return c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0d;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** What a collapsed run is made of: JavaScript's \s plus the invisibles. */
function isRunChar(c: number): boolean {
  return c === 0x20 || c === 0x0a || isOddSpace(c) || isInvisible(c);
}

const isLineBreak = (c: number) => c === 0x0a || c === 0x2028 || c === 0x2029;

/**
 * Records replacements made left to right in `text` (each starting at or
 * after the end of the one before) and builds the canonical text and its
 * segment map; the text is only copied when something changes.
 */
class Rewriter {
  readonly segStart: number[] = [0];
  readonly segFrom: number[] = [0];
  readonly segTo: number[] = [-1];
  private out = '';
  private copied = 0; // original offset copied up to

  constructor(private readonly text: string) {}

  replace(from: number, to: number, rep: string): void {
    this.out += this.text.slice(this.copied, from);
    if (rep.length > 0) {
      this.segStart.push(this.out.length);
      this.segFrom.push(from);
      this.segTo.push(to);
      this.out += rep;
    }
    this.copied = to;
    this.segStart.push(this.out.length);
    this.segFrom.push(to);
    this.segTo.push(-1);
  }

  result(): Normalized {
    if (this.copied === 0) return { text: this.text, segStart: this.segStart, segFrom: this.segFrom, segTo: this.segTo };
    // join, not +: the canonical text is read character by character many times (scan, content
    // keys, sticky regexes), and a flat string is faster to read than a chain of pieces.
    const text = [this.out, this.text.slice(this.copied)].join('');
    return { text, segStart: this.segStart, segFrom: this.segFrom, segTo: this.segTo };
  }
}

/**
 * The whitespace run around `at`: two or more characters collapse to one
 * '\n' if any is a line break, else one ' ', or vanish if all are invisible;
 * a single odd space becomes ' ' or '\n' and a single invisible vanishes; a
 * lone ' ' or '\n' stays. Returns where the run ends.
 */
function rewriteRun(text: string, at: number, rw: Rewriter): number {
  // The scan stops at the second character of " \u200b": the run starts before it.
  let start = at;
  while (isRunChar(codeAt(text, start - 1))) start--;
  let end = at + 1;
  while (isRunChar(codeAt(text, end))) end++;
  let invisibleOnly = true;
  let lineBreak = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    invisibleOnly &&= isInvisible(c);
    lineBreak ||= isLineBreak(c);
  }
  const first = text.charCodeAt(start);
  if (end - start > 1 || isOddSpace(first) || isInvisible(first)) {
    rw.replace(start, end, invisibleOnly ? '' : lineBreak ? '\n' : ' ');
  }
  return end;
}

/**
 * The apostrophe at `at`, followed by a letter: letters'letters, not after a
 * digit and not followed by a digit or another apostrophe, is a contraction
 * candidate, expanded when known ("they're"); an unknown one ("rock'n") is
 * still passed over whole. Returns where the scan resumes.
 */
function rewriteApostropheWord(text: string, at: number, rw: Rewriter): number {
  let start = at;
  while (isLetter(codeAt(text, start - 1))) start--;
  let end = at + 1;
  while (isLetter(codeAt(text, end))) end++;
  const after = codeAt(text, end);
  if (start === at || isDigit(codeAt(text, start - 1)) || isDigit(after) || after === APOSTROPHE) {
    // Not a candidate, but the word after the apostrophe may be ("'dont").
    return at + 1;
  }
  const expanded = expansion(text.slice(start, end));
  if (expanded !== undefined) rw.replace(start, end, expanded);
  return end;
}

/**
 * The letters from `start` (not after a letter or digit): a bare contraction
 * ("dont") unless followed by a digit or an apostrophe. Returns where the scan
 * resumes: at the end of the letters, so an apostrophe there is looked at.
 */
function rewriteBareWord(text: string, start: number, rw: Rewriter): number {
  let end = start;
  while (isLetter(codeAt(text, end))) end++;
  const after = codeAt(text, end);
  if (isDigit(after) || after === APOSTROPHE) return end;
  const expanded = BARE_EXPANSIONS.get(text.slice(start, end));
  if (expanded !== undefined) rw.replace(start, end, expanded);
  return end;
}

function rewriteAt(text: string, at: number, rw: Rewriter): number {
  const c = text.charCodeAt(at);
  if (c === APOSTROPHE) return rewriteApostropheWord(text, at, rw);
  // A bare contraction matched at a word boundary, or any word after '_'.
  if (isLetter(c)) return rewriteBareWord(text, at, rw);
  if (c === UNDERSCORE) return rewriteBareWord(text, at + 1, rw);
  return rewriteRun(text, at, rw);
}

export function normalize(input: string): Normalized {
  const text = straightQuotes(lowerCase(input));
  const rw = new Rewriter(text);
  // Spots never overlap and are taken left to right: the scan resumes where
  // each one ends, so a later stop never starts inside it. (The unit tests
  // hold this against one pattern tried at every position.)
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    CANDIDATE.lastIndex = rewriteAt(text, m.index, rw);
  }
  return rw.result();
}

function segmentOf(n: Normalized, k: number): number {
  let lo = 0;
  let hi = n.segStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (n.segStart[mid]! <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps a canonical span [start, end) back to original UTF-16 offsets. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  const s = segmentOf(n, start);
  const from = n.segTo[s]! < 0 ? n.segFrom[s]! + (start - n.segStart[s]!) : n.segFrom[s]!;
  const e = segmentOf(n, end - 1);
  const to = n.segTo[e]! < 0 ? n.segFrom[e]! + (end - n.segStart[e]!) : n.segTo[e]!;
  return [from, to];
}
