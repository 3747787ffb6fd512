// Turns reply text into a canonical form that rule patterns can be written
// against once: lower case, straight quotes, single spaces, contractions
// expanded ("it's" -> "it is", "don't" -> "do not"). A compact map remembers
// which span of the original each canonical character came from, so a match
// maps back to exact UTF-16 offsets in what the agent typed.
//
// This runs on every keystroke: the common case (ASCII, a few contractions)
// costs two native passes and one replace, and the map only records the
// places where the length changed.

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

// Everything that changes length: whitespace runs and odd spaces, invisible
// characters (they would split a phrase), and contraction candidates.
const LENGTH_CHANGING =
  /[\s\u200b-\u200d\u2060\ufeff\u00ad]{2,}|[\t\r\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]|[\u200b-\u200d\u2060\ufeff\u00ad]|(?<![a-z0-9])(?:[a-z]+'[a-z]+|cant|cannot|dont|doesnt|didnt|isnt|arent|wasnt|werent|havent|hasnt|hadnt|couldnt|shouldnt|wouldnt|mustnt|im|ive|youre|youve|thats|theres|whats|weve|theyre|lets)(?![a-z0-9'])/g;
const INVISIBLE = /^[\u200b-\u200d\u2060\ufeff\u00ad]+$/;
const LINE_BREAK = /[\n\u2028\u2029]/;

function lowerCase(input: string): string {
  const lower = input.toLowerCase();
  if (lower.length === input.length) return lower;
  // A few letters lower-case to two code units (U+0130): keep those as they are.
  return input.replace(/[^\x00-\x7f]|[A-Z]/g, (c) => {
    const l = c.toLowerCase();
    return l.length === 1 ? l : c;
  });
}

export function normalize(input: string): Normalized {
  let text = lowerCase(input);
  SAME_LENGTH.lastIndex = 0;
  if (SAME_LENGTH.test(text)) text = text.replace(SAME_LENGTH, (c) => QUOTES[c] ?? c);

  const segStart: number[] = [0];
  const segFrom: number[] = [0];
  const segTo: number[] = [-1];
  let outLength = 0; // canonical length written so far
  let last = 0; // original offset copied up to
  const out = text.replace(LENGTH_CHANGING, (match: string, offset: number) => {
    let rep: string;
    if (match.charCodeAt(0) <= 0x7a && /[a-z]/.test(match[0]!)) {
      const expanded = expansion(match);
      if (expanded === undefined) return match;
      rep = expanded;
    } else if (INVISIBLE.test(match)) {
      rep = '';
    } else {
      rep = LINE_BREAK.test(match) ? '\n' : ' ';
    }
    if (rep === match) return match;
    outLength += offset - last;
    if (rep.length > 0) {
      segStart.push(outLength);
      segFrom.push(offset);
      segTo.push(offset + match.length);
      outLength += rep.length;
    }
    last = offset + match.length;
    segStart.push(outLength);
    segFrom.push(last);
    segTo.push(-1);
    return rep;
  });
  return { text: out, segStart, segFrom, segTo };
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
