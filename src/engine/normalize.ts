// Turns reply text into a canonical form that rule patterns can be written
// against once: lower case, straight quotes, single spaces, contractions
// expanded ("it's" -> "it is", "don't" -> "do not"). Each canonical character
// remembers which span of the original it came from, so a match maps back to
// exact UTF-16 offsets in what the agent typed.

export interface Normalized {
  /** Canonical text; whitespace runs become one ' ' (or '\n' when they hold a line break). */
  text: string;
  /** Original offset where canonical character k starts. */
  from: Int32Array;
  /** Original offset just past canonical character k. */
  to: Int32Array;
}

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

// Invisible characters that would otherwise split a phrase in two.
const isInvisible = (c: number) =>
  c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad;

const isSpace = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c ||
  c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
  c === 0x202f || c === 0x205f || c === 0x3000;

/** First pass: characters only (quotes, case, whitespace, invisibles). */
function canonicalChars(input: string): Normalized {
  const n = input.length;
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const out: string[] = [];
  let k = 0;
  let pendingSpace = -1; // original index of a whitespace run not yet written
  let pendingBreak = false;
  let pendingEnd = 0;
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i);
    if (isInvisible(code)) continue;
    if (isSpace(code)) {
      if (pendingSpace < 0) pendingSpace = i;
      if (code === 0x0a || code === 0x2028 || code === 0x2029) pendingBreak = true;
      pendingEnd = i + 1;
      continue;
    }
    if (pendingSpace >= 0) {
      if (k > 0) {
        out.push(pendingBreak ? '\n' : ' ');
        from[k] = pendingSpace;
        to[k] = pendingEnd;
        k++;
      }
      pendingSpace = -1;
      pendingBreak = false;
    }
    const ch = input[i]!;
    let c = QUOTES[ch] ?? ch;
    if (code >= 0x41 && code <= 0x5a) c = String.fromCharCode(code + 32);
    else if (code > 0x7f) {
      const lower = c.toLowerCase();
      // Some letters lower-case to two code units (U+0130): keep them as they are.
      if (lower.length === 1) c = lower;
    }
    out.push(c);
    from[k] = i;
    to[k] = i + 1;
    k++;
  }
  return { text: out.join(''), from: from.subarray(0, k), to: to.subarray(0, k) };
}

// Contractions, with and without the apostrophe that phones and hurried agents drop.
const NOT_FORMS: Record<string, string> = {
  "can't": 'can not', cant: 'can not', cannot: 'can not', "won't": 'will not', "shan't": 'shall not',
  "ain't": 'is not', dont: 'do not', doesnt: 'does not', didnt: 'did not', isnt: 'is not', arent: 'are not',
  wasnt: 'was not', werent: 'were not', havent: 'have not', hasnt: 'has not', hadnt: 'had not',
  couldnt: 'could not', shouldnt: 'should not', wouldnt: 'would not', mustnt: 'must not',
  im: 'i am', ive: 'i have', youre: 'you are', youve: 'you have', thats: 'that is', theres: 'there is',
  whats: 'what is', weve: 'we have', theyre: 'they are', "let's": 'let us', lets: 'let us',
};
const S_IS = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'this', 'how']);
const SUFFIX: Record<string, string> = { "'re": ' are', "'ve": ' have', "'ll": ' will', "'m": ' am', "'d": ' would' };

const WORD_WITH_APOSTROPHE = /[a-z]+(?:'[a-z]+)?/g;

function expansion(word: string): string | undefined {
  const direct = NOT_FORMS[word];
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

/** Second pass: expands contractions; expanded text maps to the whole original word. */
function expandContractions(base: Normalized): Normalized {
  const { text } = base;
  if (!/['a-z]/.test(text)) return base;
  const parts: string[] = [];
  let last = 0;
  let changed = false;
  const extraFrom: Int32Array[] = [];
  const extraTo: Int32Array[] = [];
  for (const m of text.matchAll(WORD_WITH_APOSTROPHE)) {
    const word = m[0];
    const rep = expansion(word);
    if (rep === undefined) continue;
    const s = m.index;
    const e = s + word.length;
    // Only whole words: "don't" inside "xdon't" is not a contraction.
    const before = text.charCodeAt(s - 1);
    if (s > 0 && ((before >= 0x61 && before <= 0x7a) || (before >= 0x30 && before <= 0x39))) continue;
    changed = true;
    parts.push(text.slice(last, s), rep);
    extraFrom.push(base.from.subarray(last, s));
    extraTo.push(base.to.subarray(last, s));
    const f = base.from[s]!;
    const t = base.to[e - 1]!;
    extraFrom.push(new Int32Array(rep.length).fill(f));
    extraTo.push(new Int32Array(rep.length).fill(t));
    last = e;
  }
  if (!changed) return base;
  parts.push(text.slice(last));
  extraFrom.push(base.from.subarray(last));
  extraTo.push(base.to.subarray(last));
  const out = parts.join('');
  const from = new Int32Array(out.length);
  const to = new Int32Array(out.length);
  let k = 0;
  for (let j = 0; j < extraFrom.length; j++) {
    from.set(extraFrom[j]!, k);
    to.set(extraTo[j]!, k);
    k += extraFrom[j]!.length;
  }
  return { text: out, from, to };
}

export function normalize(input: string): Normalized {
  return expandContractions(canonicalChars(input));
}

/** Maps a canonical span [start, end) back to original UTF-16 offsets. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  return [n.from[start]!, n.to[end - 1]!];
}
