// Reads the regex source of a compiled pattern and proves which literal text
// any match must contain, so that one pass over a text can tell which
// patterns are worth running and where:
//   - anchors: literals at least one of which occurs inside every match;
//   - starts: literals one of which every match begins with.
// Derivation is conservative: where a part cannot be proven (a class like
// [a-z]+, `.`), the result says nothing rather than guess, and the pattern
// is then run over the whole text.

/** A literal that must occur; `wordStart` when it must also begin a word. */
export interface Anchor {
  text: string;
  wordStart: boolean;
}

interface Analysis {
  /** Alternative anchor sets; the best is chosen by quality. */
  anchors: Anchor[] | null;
  /** Every anchor set found: each has a literal in every match (the best is `anchors`). */
  required: Anchor[][];
  /** Whether the text right after this part is guaranteed to follow a non-word character. */
  boundaryAfter: boolean;
  /** Every match of this part begins with one of these. */
  prefixes: string[];
  /** True when `prefixes` are exactly the strings this part matches (a finite literal part). */
  complete: boolean;
}

type Atom =
  | { kind: 'char'; char: string }
  | { kind: 'class'; nonWord: boolean; chars: string[] | null }
  | { kind: 'group'; analysis: Analysis }
  | { kind: 'zero'; setsBoundary: boolean };

const WORD_CHAR = /[a-z0-9']/;
/** A sequence stops extending its prefixes past this many (they stay valid, only less precise). */
const MAX_PREFIXES = 256;
/** Longer prefixes add states to the scanner and filter little more. */
export const MAX_LITERAL = 12;
const NOTHING_KNOWN = { prefixes: [''], complete: false };
/** More anchor sets than this per pattern would grow the scanner more than they filter. */
const MAX_GATES = 3;
const DIGITS = [...'0123456789'];

/** The set {a + b}, or null when it would grow past MAX_PREFIXES. */
function product(a: readonly string[], b: readonly string[]): string[] | null {
  // A prefix already MAX_LITERAL long is kept as it is: longer ones are cut there anyway.
  const grow = (x: string, y: string) => (x.length >= MAX_LITERAL ? x : x + y);
  if (b.length === 1) return a.map((x) => grow(x, b[0]!)); // a run of plain characters: the common case
  if (a.length === 1) return b.map((y) => grow(a[0]!, y));
  if (a.length * b.length > MAX_PREFIXES) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(grow(x, y));
  return [...out];
}

function shortest(strings: readonly string[]): number {
  let min = Infinity;
  for (const s of strings) if (s.length < min) min = s.length;
  return min;
}

function truncate(prefixes: readonly string[], length: number): string[] {
  return [...new Set(prefixes.map((p) => p.slice(0, length)))];
}

/** The prefixes of `atom` repeated min..max times. */
function repeated(atom: Atom, min: number, max: number): { prefixes: string[]; complete: boolean } {
  let own: { prefixes: string[]; complete: boolean };
  if (atom.kind === 'char') own = { prefixes: [atom.char], complete: true };
  else if (atom.kind === 'class') own = atom.chars ? { prefixes: atom.chars, complete: true } : NOTHING_KNOWN;
  else if (atom.kind === 'group') own = atom.analysis;
  else own = { prefixes: [''], complete: true };
  if (min === 1 && max === 1) return own;
  if (min === 0 && max === 1) return { prefixes: [...new Set(['', ...own.prefixes])], complete: own.complete };
  if (min >= 1) return { prefixes: own.prefixes, complete: false };
  return NOTHING_KNOWN;
}

/**
 * The characters a simple class names (`[sz]`, `[- ]`, `[0-9]`, `\d`), or null. A line
 * break counts as a space: the scanner reads both as one symbol, as patterns' `[ \n]` do.
 */
function classChars(body: string): string[] | null {
  if (body.startsWith('^')) return null;
  const chars: string[] = [];
  for (let i = 0; i < body.length; i++) {
    let c = body[i]!;
    if (c === '\\') {
      const e = body[++i];
      if (e === undefined || (/[a-zA-Z0-9]/.test(e) && !'dnrt'.includes(e))) return null;
      if (e === 'd') {
        chars.push(...DIGITS);
        continue;
      }
      c = e === 'n' ? ' ' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
    }
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const to = body[i + 2] === '\\' ? body[i + 3] : body[i + 2];
      if (to === undefined) return null;
      const from = c.charCodeAt(0);
      const end = to.charCodeAt(0);
      if (end - from > 16 || end < from) return null;
      for (let k = from; k <= end; k++) chars.push(String.fromCharCode(k));
      i += body[i + 2] === '\\' ? 3 : 2;
      continue;
    }
    chars.push(c);
  }
  return chars.length > 0 ? [...new Set(chars)] : null;
}

/** A class of a space and a line break (the patterns' `[ \\n]`) is one symbol to the scanner: a literal may end on it. */
function spaceOf(atom: Atom): string | null {
  return atom.kind === 'class' && atom.chars?.length === 1 && atom.chars[0] === ' ' ? ' ' : null;
}

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
    // A union grows only by addition (each part is bounded), so it is kept whole.
    const prefixes = [...new Set(alts.flatMap((a) => a.prefixes))];
    return { anchors, required: anchors ? [anchors] : [], boundaryAfter: alts.every((a) => a.boundaryAfter), prefixes, complete: alts.every((a) => a.complete) };
  }

  sequence(boundaryBefore: boolean): Analysis {
    let boundary = boundaryBefore;
    let run = '';
    let runWordStart = false;
    const candidates: Anchor[][] = [];
    const required: Anchor[][] = [];
    const flush = () => {
      if (run) {
        candidates.push([{ text: run, wordStart: runWordStart }]);
        required.push([{ text: run, wordStart: runWordStart }]);
      }
      run = '';
    };
    let prefixes = [''];
    let complete = true;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const before = boundary;
      const atom = this.atom(before);
      const { min, max } = this.quantifier();
      if (complete) {
        const next = repeated(atom, min, max);
        const joined = product(prefixes, next.prefixes);
        if (joined === null) complete = false;
        else {
          prefixes = joined;
          // Long enough: what follows would only add scanner states.
          complete = next.complete && shortest(joined) < MAX_LITERAL;
        }
      }
      const char = atom.kind === 'char' ? atom.char : spaceOf(atom);
      if (char !== null && min === 1 && max === 1) {
        if (run === '') runWordStart = before;
        run += char;
        boundary = !WORD_CHAR.test(char);
        if (boundary) flush();
        continue;
      }
      flush();
      if (atom.kind === 'zero') {
        boundary = atom.setsBoundary ? true : boundary;
        continue;
      }
      if (min >= 1 && atom.kind === 'group' && atom.analysis.anchors) candidates.push(atom.analysis.anchors);
      if (min >= 1 && atom.kind === 'group') required.push(...atom.analysis.required);
      const after = atom.kind === 'group' ? atom.analysis.boundaryAfter : atom.kind === 'class' ? atom.nonWord : false;
      boundary = min === 0 ? after && before : after;
    }
    flush();
    return { anchors: best(candidates), required, boundaryAfter: boundary, prefixes, complete };
  }

  atom(boundaryBefore: boolean): Atom {
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
      if (this.src[this.i + 1] === '?' && this.src[this.i + 2] !== ':') throw new Error('unsupported group');
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
      return { kind: 'class', nonWord: !body.startsWith('^') && !/[a-z0-9'\-\\]/.test(plain), chars: classChars(body) };
    }
    if (c === '\\') {
      const e = this.src[this.i + 1]!;
      this.i += 2;
      if (e === 'b' || e === 'B') return { kind: 'zero', setsBoundary: false };
      if (e === 'n') return { kind: 'class', nonWord: true, chars: [' '] };
      if (e === 'd') return { kind: 'class', nonWord: false, chars: DIGITS };
      if (/[DwWsSrtfv]/.test(e)) return { kind: 'class', nonWord: /[sSrtfv]/.test(e) && e !== 'S', chars: null };
      // A code unit (the rules' emoji, "\u2019"), as the sources are compiled without the `u` flag.
      const unit = e === 'u' ? /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.i, this.i + 4)) : null;
      if (unit) {
        this.i += 4;
        return { kind: 'char', char: String.fromCharCode(Number.parseInt(unit[0], 16)) };
      }
      // \x41, \p{L}, \1 …: not read here, so the whole source is left unproven.
      if (/[a-zA-Z0-9]/.test(e)) throw new Error(`unsupported escape \\${e}`);
      return { kind: 'char', char: e };
    }
    this.i++;
    if (c === '^') return { kind: 'zero', setsBoundary: true };
    if (c === '$') return { kind: 'zero', setsBoundary: false };
    if (c === '.') return { kind: 'class', nonWord: false, chars: null };
    return { kind: 'char', char: c };
  }

  classEnd(): number {
    let j = this.i + 1;
    if (this.src[j] === '^') j++;
    if (this.src[j] === ']') j++;
    while (j < this.src.length && this.src[j] !== ']') j += this.src[j] === '\\' ? 2 : 1;
    return j;
  }

  quantifier(): { min: number; max: number } {
    const c = this.src[this.i];
    let min = 1;
    let max = 1;
    if (c === '?') {
      min = 0;
      this.i++;
    } else if (c === '*') {
      min = 0;
      max = Infinity;
      this.i++;
    } else if (c === '+') {
      max = Infinity;
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return { min, max };
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.i += m[0].length;
    } else {
      return { min, max };
    }
    if (this.src[this.i] === '?') this.i++; // lazy
    return { min, max };
  }
}

// Words in nearly every reply make anchors that filter nothing.
const COMMON = new Set(
  ('the our your you not will would this that there are is was were have has had can could and for with on in at by to of it its we my me be been do does did please more any all just so what when as which like about from they them their ' +
    'a an i us if or but up out how here now let know get help need see one back again also time day today').split(' '),
);

// Rank: no common words and no short fragments found anywhere ("ed", "ing"), then a
// longer shortest literal, word-start literals, fewer literals.
function quality(set: Anchor[]): number {
  const shortest = Math.min(...set.map((a) => a.text.length));
  const wordStart = set.every((a) => a.wordStart);
  const common = set.some((a) => COMMON.has(a.text.trimEnd())) ? 10 : 0;
  const fragment = !wordStart && shortest <= 3 ? 10 : 0;
  return Math.min(shortest, 6) + (wordStart ? 1.5 : 0) - set.length * 0.01 - common - fragment;
}

/**
 * Anchors worth looking for: no short fragment found inside other words ("ed", "t"), which
 * would make the scan act on most characters. Everyday words are fine: a set that holds one
 * opens in most texts but stays shut in the rest, and what it guards is mostly a multi-kB
 * regex that compiling on a worker's first check would cost more than the scan.
 */
export function scannable(set: Anchor[]): boolean {
  return set.every((a) => a.wordStart) || Math.min(...set.map((a) => a.text.length)) > 3;
}

function best(candidates: Anchor[][]): Anchor[] | null {
  let chosen: Anchor[] | null = null;
  for (const c of candidates) if (!chosen || quality(c) > quality(chosen)) chosen = c;
  return chosen;
}

// Every scorer (the options page makes one per edit) compiles the same built-in sources.
const analysed = new Map<string, Analysis | null>();

function analyse(source: string): Analysis | null {
  let analysis = analysed.get(source);
  if (analysis !== undefined) return analysis;
  try {
    const p = new Parser(source);
    const parsed = p.alternation(false);
    analysis = p.i === source.length ? parsed : null;
  } catch {
    analysis = null;
  }
  if (analysed.size >= 2000) analysed.clear(); // bounded: a team's phrases come and go
  analysed.set(source, analysis);
  return analysis;
}

/** Anchors of one compiled pattern source, or null when none can be proven. */
export function anchorsOf(source: string): Anchor[] | null {
  const anchors = analyse(source)?.anchors;
  if (!anchors) return null;
  return anchors.every((a) => a.text.length > 0) ? anchors : null;
}

/**
 * Further anchor sets of one source, besides anchorsOf's: every match contains a literal
 * of each ("sorry" and also "wait" or "delay"), so a text without one of every set needs
 * no regex run at all. Only scannable sets, the most selective first.
 */
export function gatesOf(source: string): Anchor[][] {
  const analysis = analyse(source);
  if (!analysis?.anchors) return [];
  const primary = keyOf(analysis.anchors);
  const seen = new Set([primary]);
  const gates: Anchor[][] = [];
  for (const set of analysis.required) {
    const key = keyOf(set);
    if (seen.has(key) || set.some((a) => a.text.length === 0) || !scannable(set)) continue;
    seen.add(key);
    gates.push(set);
  }
  return gates.sort((a, b) => quality(b) - quality(a)).slice(0, MAX_GATES);
}

const keyOf = (set: readonly Anchor[]): string => set.map((a) => `${a.wordStart ? 'w' : 'a'}${a.text}`).sort().join('\u0000');

/**
 * Literals (at most MAX_LITERAL characters) one of which every match of the
 * source begins with, or null when a match could begin anywhere.
 */
export function startsOf(source: string): Anchor[] | null {
  const analysis = analyse(source);
  if (!analysis || analysis.prefixes.some((p) => p === '')) return null;
  // A match begins a word only where the source says so, with the engine's word-edge lookbehind.
  const atWordStart = source.startsWith("(?<![a-z0-9'])");
  return truncate(analysis.prefixes, MAX_LITERAL).map((text) => ({ text, wordStart: atWordStart && WORD_CHAR.test(text[0]!) }));
}
