// One pass over a text tells which patterns can match it, and where. Each
// matcher registers the literals proven by ./literals.ts: either the literals
// every match begins with (then the scan records where they occur, and the
// matcher runs only there) or literals every match contains (then the scan
// only says whether it may match). All literals go into one Aho–Corasick
// automaton, so the scan costs a table step per character however many
// patterns there are.
import type { Anchor } from './literals';

/** What one scan found: which matchers may match, and where those with start literals may begin. */
export interface Scan {
  /** open[matcher] === 1 when the matcher may match the text. */
  readonly open: Uint8Array;
  /** Ascending offsets where a match may begin, for matchers registered with start literals. */
  readonly starts: (number[] | undefined)[];
}

// Symbols: 0 for characters no literal uses, 1 for a space or line break (the
// patterns' `[ \n]`), 2 for the virtual edge fed before each word, then one per
// character that literals use.
const OTHER = 0;
const SPACE = 1;
const EDGE = 2;
/** Bounds the transition table: states × symbols. */
const MAX_SYMBOLS = 96;

const IS_WORD = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyz0123456789'") IS_WORD[c.charCodeAt(0)] = 1;
const isWord = (c: number) => c < 128 && IS_WORD[c] === 1;

interface Literal {
  text: string;
  wordStart: boolean;
  /** Matchers this literal opens. */
  opens: number[];
  /** Matchers for which it marks where a match may begin. */
  starts: number[];
}

interface Automaton {
  symbols: Uint8Array;
  width: number;
  next: Uint16Array | Int32Array;
  /** Per state, the range of its actions in `actMatcher`/`actLength`. */
  actFrom: Int32Array;
  actMatcher: Int32Array;
  /** Characters back from the end to where a match may begin; 0 when the action only opens. */
  actLength: Int32Array;
}

export class AnchorIndex {
  private readonly literals: Literal[] = [];
  private readonly literalIds = new Map<string, number>();
  private readonly alwaysOpen: number[] = [];
  private count = 0;
  private automaton: Automaton | null = null;

  /**
   * Registers a matcher and returns its id. With `starts`, the scan records
   * where they occur; else with `anchors` it records whether one occurs; with
   * neither, the matcher always runs.
   */
  register(starts: readonly Anchor[] | null, anchors: readonly Anchor[] | null): number {
    this.automaton = null;
    const id = this.count++;
    if (starts) for (const s of starts) this.literal(s).starts.push(id);
    else if (anchors) for (const a of anchors) this.literal(a).opens.push(id);
    else this.alwaysOpen.push(id);
    return id;
  }

  private literal(a: Anchor): Literal {
    const key = `${a.wordStart ? 'w' : 'a'}${a.text}`;
    let id = this.literalIds.get(key);
    if (id === undefined) {
      id = this.literals.length;
      this.literalIds.set(key, id);
      this.literals.push({ text: a.text, wordStart: a.wordStart, opens: [], starts: [] });
    }
    return this.literals[id]!;
  }

  scan(text: string): Scan {
    const { symbols, width, next, actFrom, actMatcher, actLength } = (this.automaton ??= build(this.literals));
    const open = new Uint8Array(this.count);
    const starts: (number[] | undefined)[] = new Array(this.count);
    for (const m of this.alwaysOpen) open[m] = 1;
    let state = 0;
    let prevWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const word = isWord(c);
      if (word && !prevWord) state = next[state * width + EDGE]!;
      prevWord = word;
      state = next[state * width + symbols[c]!]!;
      const to = actFrom[state + 1]!;
      for (let k = actFrom[state]!; k < to; k++) {
        const m = actMatcher[k]!;
        open[m] = 1;
        const length = actLength[k]!;
        if (length > 0) addStart(starts, m, i + 1 - length);
      }
    }
    return { open, starts };
  }
}

/** Keeps each matcher's list ascending and without repeats (literals of different lengths end out of order). */
function addStart(starts: (number[] | undefined)[], m: number, at: number): void {
  const list = starts[m];
  if (list === undefined) {
    starts[m] = [at];
    return;
  }
  let j = list.length;
  while (j > 0 && list[j - 1]! > at) j--;
  if (j > 0 && list[j - 1] === at) return;
  list.splice(j, 0, at);
}

function build(literals: readonly Literal[]): Automaton {
  const symbols = new Uint8Array(65536);
  symbols[32] = SPACE;
  symbols[10] = SPACE;
  let width = EDGE + 1;
  for (const l of literals) {
    for (let i = 0; i < l.text.length; i++) {
      const c = l.text.charCodeAt(i);
      // Past the cap (a team's phrases in many scripts) a character shares OTHER: still sound, less selective.
      if (symbols[c] === OTHER && width < MAX_SYMBOLS) symbols[c] = width++;
    }
  }

  // The trie: children per state, and the literals ending at each state.
  const children: Map<number, number>[] = [new Map()];
  const ending: number[][] = [[]];
  literals.forEach((l, id) => {
    let state = 0;
    let prevWord = !l.wordStart;
    for (let i = 0; i < l.text.length; i++) {
      const c = l.text.charCodeAt(i);
      const steps = isWord(c) && !prevWord ? [EDGE, symbols[c]!] : [symbols[c]!];
      prevWord = isWord(c);
      for (const s of steps) {
        let child = children[state]!.get(s);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ending.push([]);
          children[state]!.set(s, child);
        }
        state = child;
      }
    }
    ending[state]!.push(id);
  });

  // Breadth first: each state's failure link, full transition row and inherited outputs.
  const states = children.length;
  // Half the memory while state numbers fit in 16 bits (they do for the built-in rules).
  const next = states < 65536 ? new Uint16Array(states * width) : new Int32Array(states * width);
  const fail = new Int32Array(states);
  const outputs: number[][] = ending.map((e) => [...e]);
  const queue: number[] = [];
  for (let s = 0; s < width; s++) {
    const child = children[0]!.get(s);
    if (child !== undefined) {
      next[s] = child;
      queue.push(child);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    const f = fail[state]!;
    outputs[state]!.push(...outputs[f]!);
    // Where this state has no child, it goes where its failure state goes.
    next.copyWithin(state * width, f * width, f * width + width);
    for (const [s, child] of children[state]!) {
      fail[child] = next[f * width + s]!;
      next[state * width + s] = child;
      queue.push(child);
    }
  }

  const actFrom = new Int32Array(states + 1);
  const matchers: number[] = [];
  const lengths: number[] = [];
  for (let state = 0; state < states; state++) {
    actFrom[state] = matchers.length;
    for (const id of outputs[state]!) {
      const l = literals[id]!;
      for (const m of l.opens) matchers.push(m), lengths.push(0);
      for (const m of l.starts) matchers.push(m), lengths.push(l.text.length);
    }
  }
  actFrom[states] = matchers.length;
  return { symbols, width, next, actFrom, actMatcher: Int32Array.from(matchers), actLength: Int32Array.from(lengths) };
}
