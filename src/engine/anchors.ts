// A prefilter so that a keystroke runs only the rules that can match: from the
// regex source of each pattern we derive literal "anchors", at least one of
// which must occur in any text the pattern matches. One pass over the words of
// the text tells which anchors occur; a rule none of whose anchors occur is
// skipped. Derivation is conservative: a pattern whose anchors cannot be
// proven gets none, and its rule always runs.

/** A literal that must occur; `wordStart` when it must also begin a word. */
export interface Anchor {
  text: string;
  wordStart: boolean;
}

interface Analysis {
  /** Alternative anchor sets; the best is chosen by quality. */
  anchors: Anchor[] | null;
  /** Whether the text right after this part is guaranteed to follow a non-word character. */
  boundaryAfter: boolean;
}

const WORD_CHAR = /[a-z0-9']/;

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  /** alternation := sequence ('|' sequence)* */
  alternation(boundaryBefore: boolean): Analysis {
    const alts: Analysis[] = [this.sequence(boundaryBefore)];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence(boundaryBefore));
    }
    if (alts.length === 1) return alts[0]!;
    const anchors = alts.every((a) => a.anchors) ? alts.flatMap((a) => a.anchors!) : null;
    return { anchors, boundaryAfter: alts.every((a) => a.boundaryAfter) };
  }

  sequence(boundaryBefore: boolean): Analysis {
    let boundary = boundaryBefore;
    let run = '';
    let runWordStart = false;
    const candidates: Anchor[][] = [];
    const flush = () => {
      if (run) candidates.push([{ text: run, wordStart: runWordStart }]);
      run = '';
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const before = boundary;
      const atom = this.atom(before);
      const { min } = this.quantifier();
      if (atom.kind === 'char' && min === 1 && atom.max1) {
        if (run === '') runWordStart = before;
        run += atom.char;
        boundary = !WORD_CHAR.test(atom.char);
        if (boundary) flush();
        continue;
      }
      flush();
      if (atom.kind === 'zero') {
        boundary = atom.setsBoundary ? true : boundary;
        continue;
      }
      if (min >= 1 && atom.kind === 'group' && atom.analysis.anchors) candidates.push(atom.analysis.anchors);
      const after = atom.kind === 'group' ? atom.analysis.boundaryAfter : atom.kind === 'class' ? atom.nonWord : false;
      boundary = min === 0 ? after && before : after;
    }
    flush();
    return { anchors: best(candidates), boundaryAfter: boundary };
  }

  atom(boundaryBefore: boolean):
    | { kind: 'char'; char: string; max1: boolean }
    | { kind: 'class'; nonWord: boolean }
    | { kind: 'group'; analysis: Analysis }
    | { kind: 'zero'; setsBoundary: boolean } {
    const c = this.src[this.i]!;
    if (c === '(') {
      const lookaround = /^\(\?(?:<?[=!])/.exec(this.src.slice(this.i, this.i + 4));
      if (lookaround) {
        const negativeWordLookbehind = this.src.startsWith("(?<![a-z0-9'])", this.i);
        this.i += lookaround[0].length;
        this.alternation(false);
        this.i++; // ')'
        return { kind: 'zero', setsBoundary: negativeWordLookbehind };
      }
      this.i += this.src.startsWith('(?:', this.i) ? 3 : 1;
      const analysis = this.alternation(boundaryBefore);
      this.i++; // ')'
      return { kind: 'group', analysis };
    }
    if (c === '[') {
      const end = this.classEnd();
      const body = this.src.slice(this.i + 1, end);
      this.i = end + 1;
      // A class holds no word character when, escapes of spaces aside, it names none and no range.
      const plain = body.replace(/\\[nrtfvs]/g, '');
      return { kind: 'class', nonWord: !body.startsWith('^') && !/[a-z0-9'\-\\]/.test(plain) };
    }
    if (c === '\\') {
      const e = this.src[this.i + 1]!;
      this.i += 2;
      if (e === 'b' || e === 'B') return { kind: 'zero', setsBoundary: false };
      if (/[dDwWsSnrtfv]/.test(e)) return { kind: 'class', nonWord: /[sSnrtfv]/.test(e) && e !== 'S' };
      return { kind: 'char', char: e, max1: true };
    }
    this.i++;
    if (c === '^') return { kind: 'zero', setsBoundary: true };
    if (c === '$') return { kind: 'zero', setsBoundary: false };
    if (c === '.') return { kind: 'class', nonWord: false };
    return { kind: 'char', char: c, max1: true };
  }

  classEnd(): number {
    let j = this.i + 1;
    if (this.src[j] === '^') j++;
    if (this.src[j] === ']') j++;
    while (j < this.src.length && this.src[j] !== ']') j += this.src[j] === '\\' ? 2 : 1;
    return j;
  }

  quantifier(): { min: number } {
    const c = this.src[this.i];
    let min = 1;
    if (c === '?' || c === '*') {
      min = 0;
      this.i++;
    } else if (c === '+') {
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.i));
      if (m) {
        min = Number(m[1]);
        this.i += m[0].length;
      }
    } else {
      return { min };
    }
    if (this.src[this.i] === '?') this.i++; // lazy
    return { min };
  }
}

// Words in nearly every reply make anchors that filter nothing.
const COMMON = new Set(
  'the our your you not will would this that there are is was were have has had can could and for with on in at by to of it its we my me be been do does did please more any all just so what when as which like about from they them their'.split(' '),
);

// Rank: no common words and no short fragments found anywhere ("ed", "ing"), then a
// longer shortest literal, word-start literals (found through the tables), fewer literals.
function quality(set: Anchor[]): number {
  const shortest = Math.min(...set.map((a) => a.text.length));
  const wordStart = set.every((a) => a.wordStart);
  const common = set.some((a) => COMMON.has(a.text)) ? 10 : 0;
  const fragment = !wordStart && shortest <= 3 ? 10 : 0;
  return Math.min(shortest, 6) + (wordStart ? 1.5 : 0) - set.length * 0.01 - common - fragment;
}

function best(candidates: Anchor[][]): Anchor[] | null {
  let chosen: Anchor[] | null = null;
  for (const c of candidates) if (!chosen || quality(c) > quality(chosen)) chosen = c;
  return chosen;
}

/** Anchors of one compiled pattern source, or null when none can be proven. */
export function anchorsOf(source: string): Anchor[] | null {
  try {
    const p = new Parser(source);
    const { anchors } = p.alternation(false);
    if (p.i !== source.length || !anchors) return null;
    return anchors.filter((a) => a.text.length > 0).length === anchors.length ? anchors : null;
  } catch {
    return null;
  }
}

// Word characters as small numbers 1..37 ('a'-'z', '0'-'9', "'"), for table keys.
const SYMBOL = new Int8Array(128);
for (let c = 97; c <= 122; c++) SYMBOL[c] = c - 96;
for (let c = 48; c <= 57; c++) SYMBOL[c] = c - 48 + 27;
SYMBOL[39] = 37;
const S = 38;

interface Bucket {
  /** Gates opened by the prefix itself (anchors of three characters or fewer). */
  gates: Int32Array;
  /** Longer anchors, confirmed at the position. */
  longer: { text: string; gates: number[] }[];
}

function openBucket(bucket: Bucket, text: string, at: number, open: Uint8Array): void {
  const { gates, longer } = bucket;
  for (let k = 0; k < gates.length; k++) open[gates[k]!] = 1;
  for (let k = 0; k < longer.length; k++) {
    const l = longer[k]!;
    if (text.startsWith(l.text, at)) for (const g of l.gates) open[g] = 1;
  }
}

/**
 * Finds which "gates" may open for a text in one pass over its words. A gate
 * (a rule or a cue list) is registered with its anchors and opens when any of
 * them occurs. Anchors that must start a word are found through tables keyed
 * by the word's first one, two or three characters; the rest (rare) are
 * searched with indexOf.
 */
export class AnchorIndex {
  private readonly texts: string[] = [];
  private readonly gatesOf: number[][] = [];
  private readonly ids = new Map<string, number>();
  /** Bucket (1-based) of word-start anchors by their first three (or fewer) word characters. */
  private readonly tables = [new Int32Array(S), new Int32Array(S * S), new Int32Array(S * S * S)];
  private readonly buckets: number[][] = [[]];
  private readonly anywhere: number[] = [];
  private readonly alwaysOpen: number[] = [];
  private gateCount = 0;
  /** Per bucket, compiled on first scan: gates opened by a whole-prefix hit, and longer anchors to confirm. */
  private compiled: Bucket[] | null = null;

  /** Registers a gate; null anchors: the gate is always open. Returns the gate id. */
  addGate(anchors: readonly Anchor[] | null): number {
    this.compiled = null;
    const gate = this.gateCount++;
    if (anchors === null) {
      this.alwaysOpen.push(gate);
      return gate;
    }
    for (const a of anchors) {
      const id = this.anchorId(a);
      if (!this.gatesOf[id]!.includes(gate)) this.gatesOf[id]!.push(gate);
    }
    return gate;
  }

  private anchorId(a: Anchor): number {
    const key = `${a.wordStart ? 'w' : 'a'}${a.text}`;
    let id = this.ids.get(key);
    if (id !== undefined) return id;
    id = this.texts.length;
    this.ids.set(key, id);
    this.texts.push(a.text);
    this.gatesOf.push([]);
    const length = Math.min(3, a.text.length);
    let slot = 0;
    for (let j = 0; j < length; j++) {
      const c = a.text.charCodeAt(j);
      const sym = c < 128 ? SYMBOL[c]! : 0;
      slot = sym === 0 ? -1 : slot < 0 ? -1 : slot * S + sym;
    }
    if (a.wordStart && slot > 0) {
      const table = this.tables[length - 1]!;
      if (table[slot] === 0) {
        table[slot] = this.buckets.length;
        this.buckets.push([]);
      }
      this.buckets[table[slot]!]!.push(id);
    } else {
      this.anywhere.push(id);
    }
    return id;
  }

  private compile(): Bucket[] {
    return this.buckets.map((ids) => {
      const exact = new Set<number>();
      const longer: { text: string; gates: number[] }[] = [];
      for (const id of ids) {
        const text = this.texts[id]!;
        if (text.length <= 3) for (const g of this.gatesOf[id]!) exact.add(g);
        else longer.push({ text, gates: this.gatesOf[id]! });
      }
      return { gates: Int32Array.from(exact), longer };
    });
  }

  /** open[gate] === 1 when one of the gate's anchors occurs in `text` (canonical form). */
  scan(text: string): Uint8Array {
    const open = new Uint8Array(this.gateCount);
    const compiled = (this.compiled ??= this.compile());
    const { alwaysOpen, gatesOf, tables, texts, anywhere } = this;
    const [t1, t2, t3] = tables as [Int32Array, Int32Array, Int32Array];
    for (const g of alwaysOpen) open[g] = 1;
    const n = text.length;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const sym = c < 128 ? SYMBOL[c]! : 0;
      if (sym !== 0 && !prevWord) {
        const c1 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        const s1 = c1 < 128 ? SYMBOL[c1]! : 0;
        const c2 = s1 !== 0 && i + 2 < n ? text.charCodeAt(i + 2) : 0;
        const s2 = c2 < 128 ? SYMBOL[c2]! : 0;
        const b1 = t1[sym]!;
        const b2 = s1 === 0 ? 0 : t2[sym * S + s1]!;
        const b3 = s2 === 0 ? 0 : t3[(sym * S + s1) * S + s2]!;
        if (b1 !== 0) openBucket(compiled[b1]!, text, i, open);
        if (b2 !== 0) openBucket(compiled[b2]!, text, i, open);
        if (b3 !== 0) openBucket(compiled[b3]!, text, i, open);
      }
      prevWord = sym !== 0;
    }
    for (const id of anywhere) if (text.includes(texts[id]!)) for (const g of gatesOf[id]!) open[g] = 1;
    return open;
  }
}
