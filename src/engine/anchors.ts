// One pass over a text tells which patterns can match it, and where. Each
// matcher registers the literals proven by ./literals.ts: literals every match
// contains (the scan says whether one occurs) and, where known, literals every
// match begins with (the scan records where they occur, and the matcher runs
// only there). All literals go into one Aho–Corasick automaton, so the scan
// costs a table step per character however many patterns there are.
import type { Anchor } from './literals';

/** What one scan found: which matchers may match, and where those with start literals may begin. */
export interface Scan {
  /** open[matcher] === 1 when one of the matcher's anchors occurs (or it has none). */
  readonly open: Uint8Array;
  /** Ascending offsets where a match may begin, for matchers registered with start literals. */
  readonly starts: (number[] | undefined)[];
  /** How many times the scan's storage has been filled: a refilled scan is another scan. */
  readonly fill: number;
}

// Symbols: 0 for characters no literal uses, 1 for a space or line break (the
// patterns' `[ \n]`), then one per character that literals use. A literal that
// must begin a word is checked for that when found: the automaton itself does
// not tell word edges (a space inside a literal already does, within it).
const OTHER = 0;
const SPACE = 1;
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

/**
 * Full rows of transitions for this many states at most (the shallow ones, numbered first): the
 * rules make ~56,000 states, whose full rows (~12 MB) would not stay in the processor's cache
 * between keystrokes, and a scan then paid a cache miss a character.
 */
const DENSE_STATES = 2048;

interface Automaton {
  symbols: Uint8Array;
  /** Symbols per state: a dense state's row of transitions starts at `state * width`. */
  width: number;
  /** Transitions hold the next state in these bits, and a bit above them when a literal ends there. */
  stateMask: number;
  /** States are numbered breadth first; those below `dense` have a full row in `next`. */
  dense: number;
  next: Uint16Array | Int32Array;
  /** The trie's own edges of every state, from edgeFrom[state] to edgeFrom[state + 1]: symbol and (flagged) target. */
  edgeFrom: Int32Array;
  edgeSymbol: Uint8Array;
  edgeTarget: Uint16Array | Int32Array;
  /** Where a state without an edge for a symbol goes on looking: a shallower state. */
  fail: Int32Array;
  /** Per state, the range of its actions in `actions`. */
  actFrom: Int32Array;
  /**
   * One number per action: the matcher, the literal's length (back from where it ends to where
   * it begins), START when it marks where a match may begin (else it opens the matcher), and
   * WORD_START when the literal must begin a word.
   */
  actions: Int32Array;
}

// A matcher per pattern (see matcher.ts): room for the rules' ~1,000 patterns and a team's phrases.
const MATCHER_BITS = 0x3fff;
const LENGTH_SHIFT = 14;
const LENGTH_BITS = 0xfff;
const START = 1 << 26;
const WORD_START = 1 << 27;

export class AnchorIndex {
  private readonly literals: Literal[] = [];
  private readonly literalIds = new Map<string, number>();
  private readonly alwaysOpen: number[] = [];
  private readonly registered = new Map<string, number>();
  private count = 0;
  private automaton: Automaton | null = null;

  /**
   * Registers a matcher and returns its id. The scan records where `starts`
   * occur, and opens the matcher when one of `anchors` occurs (always, when
   * there are none).
   */
  register(starts: readonly Anchor[] | null, anchors: readonly Anchor[] | null): number {
    // Patterns with the same literals share one id: the scan's answer for them is the same.
    const key = `${keyOf(starts)}|${keyOf(anchors)}`;
    const known = this.registered.get(key);
    if (known !== undefined) return known;
    this.automaton = null;
    const id = this.count++;
    this.registered.set(key, id);
    if (id > MATCHER_BITS) throw new Error('too many matchers for one scanner');
    if (starts) for (const s of starts) this.literal(s).starts.push(id);
    if (anchors) for (const a of anchors) this.literal(a).opens.push(id);
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

  /**
   * Scans `text`. With `reuse` (a scan this index made before, no longer needed), its storage
   * is emptied and filled again rather than allocated: the scorer scans every keystroke.
   */
  scan(text: string, reuse?: Scan): Scan {
    const { symbols, width, stateMask, dense, next, edgeFrom, edgeSymbol, edgeTarget, fail, actFrom, actions } = (this.automaton ??= build(this.literals));
    const scan = reuse instanceof ScanState && reuse.open.length === this.count ? reuse.empty() : new ScanState(this.count);
    const { open, starts } = scan;
    const { alwaysOpen } = this;
    for (let k = 0; k < alwaysOpen.length; k++) open[alwaysOpen[k]!] = 1;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const symbol = symbols[text.charCodeAt(i)]!;
      let step = 0;
      // A deep state has its own edges only: without one for this symbol, its failure state answers.
      for (let s = state; ; s = fail[s]!) {
        if (s < dense) {
          step = next[s * width + symbol]!;
          break;
        }
        const end = edgeFrom[s + 1]!;
        let e = edgeFrom[s]!;
        while (e < end && edgeSymbol[e] !== symbol) e++;
        if (e < end) {
          step = edgeTarget[e]!;
          break;
        }
      }
      state = step & stateMask;
      if (step === state) continue; // no literal ends here: the common case, one table read
      const to = actFrom[state + 1]!;
      for (let k = actFrom[state]!; k < to; k++) {
        const action = actions[k]!;
        const m = action & MATCHER_BITS;
        if ((action & START) === 0 && open[m] === 1) continue; // open already
        const at = i + 1 - ((action >>> LENGTH_SHIFT) & LENGTH_BITS);
        if ((action & WORD_START) !== 0 && at > 0 && isWord(text.charCodeAt(at - 1))) continue; // inside a word
        if ((action & START) === 0) open[m] = 1;
        else if (starts[m] === undefined) scan.first(m, at);
        else addStart(starts[m]!, at);
      }
    }
    return scan;
  }
}

class ScanState implements Scan {
  readonly open: Uint8Array;
  readonly starts: (number[] | undefined)[];
  fill = 0;
  /** Matchers with a list in `starts`, and emptied lists to use again. */
  private readonly listed: number[] = [];
  private readonly spare: number[][] = [];

  constructor(count: number) {
    this.open = new Uint8Array(count);
    this.starts = new Array(count);
  }

  empty(): this {
    this.fill++;
    this.open.fill(0);
    for (const m of this.listed) {
      const list = this.starts[m]!;
      list.length = 0;
      this.spare.push(list);
      this.starts[m] = undefined;
    }
    this.listed.length = 0;
    return this;
  }

  first(m: number, at: number): void {
    const list = this.spare.pop();
    if (list === undefined) this.starts[m] = [at];
    else {
      list.push(at);
      this.starts[m] = list;
    }
    this.listed.push(m);
  }
}

const keyOf = (anchors: readonly Anchor[] | null): string =>
  anchors === null ? '*' : anchors.map((a) => `${a.wordStart ? 'w' : 'a'}${a.text}`).sort().join('\u0000');

/** Keeps each matcher's list ascending and without repeats (literals of different lengths end out of order). */
function addStart(list: number[], at: number): void {
  let j = list.length;
  while (j > 0 && list[j - 1]! > at) j--;
  if (j > 0 && list[j - 1] === at) return;
  if (j === list.length) list.push(at);
  else list.splice(j, 0, at);
}

function build(literals: readonly Literal[]): Automaton {
  const symbols = new Uint8Array(65536);
  symbols[32] = SPACE;
  symbols[10] = SPACE;
  let width = SPACE + 1;
  for (const l of literals) {
    for (let i = 0; i < l.text.length; i++) {
      const c = l.text.charCodeAt(i);
      // Past the cap (a team's phrases in many scripts) a character shares OTHER: still sound, less selective.
      if (symbols[c] === OTHER && width < MAX_SYMBOLS) symbols[c] = width++;
    }
  }

  // The trie, as linked lists of edges (cheap to build; the scan uses the arrays built below).
  const firstEdge: number[] = [-1];
  const edgeSymbol: number[] = [];
  const edgeTo: number[] = [];
  const edgeNext: number[] = [];
  const ending = new Map<number, number[]>();
  const edgeOf = new Map<number, number>(); // state * 256 + symbol -> child: one lookup per character
  const childOf = (state: number, symbol: number): number => {
    const known = edgeOf.get(state * 256 + symbol);
    if (known !== undefined) return known;
    const child = firstEdge.length;
    edgeOf.set(state * 256 + symbol, child);
    firstEdge.push(-1);
    edgeSymbol.push(symbol);
    edgeTo.push(child);
    edgeNext.push(firstEdge[state]!);
    firstEdge[state] = edgeTo.length - 1;
    return child;
  };
  literals.forEach((l, id) => {
    let state = 0;
    for (let i = 0; i < l.text.length; i++) state = childOf(state, symbols[l.text.charCodeAt(i)]!);
    const list = ending.get(state);
    if (list) list.push(id);
    else ending.set(state, [id]);
  });

  // Breadth first: states are numbered in that order (so a state's failure state, which is
  // shallower, comes before it), and each gets its failure link, the nearest state down its
  // failure chain where a literal ends (whose outputs it shares) and, for the first `dense`,
  // a full row of transitions. A transition into a state with outputs carries a flag bit, so
  // the scan reads one number per character where no literal ends.
  const states = firstEdge.length;
  const order = [0];
  for (let q = 0; q < order.length; q++) for (let e = firstEdge[order[q]!]!; e >= 0; e = edgeNext[e]!) order.push(edgeTo[e]!);
  const renumbered = new Int32Array(states);
  order.forEach((old, state) => (renumbered[old] = state));
  const ends: (number[] | undefined)[] = order.map((old) => ending.get(old));
  // Half the memory while state numbers and the flag bit fit in 16 bits.
  const small = states < 0x8000;
  const stateMask = small ? 0x7fff : 0x3fffffff;
  const dense = Math.min(states, DENSE_STATES);
  const next = small ? new Uint16Array(dense * width) : new Int32Array(dense * width);
  const edgeFrom = new Int32Array(states + 1);
  const edgeSymbolOf = new Uint8Array(states);
  const edgeTarget = small ? new Uint16Array(states) : new Int32Array(states);
  let edges = 0;
  for (let state = 0; state < states; state++) {
    edgeFrom[state] = edges;
    for (let e = firstEdge[order[state]!]!; e >= 0; e = edgeNext[e]!) {
      edgeSymbolOf[edges] = edgeSymbol[e]!;
      edgeTarget[edges++] = renumbered[edgeTo[e]!]!;
    }
  }
  edgeFrom[states] = edges;
  const fail = new Int32Array(states);
  const outputLink = new Int32Array(states).fill(-1);
  const flagged = (state: number) => (ends[state] !== undefined || outputLink[state] !== -1 ? state | (stateMask + 1) : state);
  /** The (flagged) transition from an already completed state. */
  const transition = (from: number, symbol: number): number => {
    for (let s = from; ; s = fail[s]!) {
      if (s < dense) return next[s * width + symbol]!;
      for (let e = edgeFrom[s]!; e < edgeFrom[s + 1]!; e++) if (edgeSymbolOf[e] === symbol) return edgeTarget[e]!;
    }
  };
  for (let state = 0; state < states; state++) {
    const f = fail[state]!;
    // Where this state has no child, it goes where its failure state goes.
    if (state > 0 && state < dense) next.copyWithin(state * width, f * width, f * width + width);
    for (let e = edgeFrom[state]!; e < edgeFrom[state + 1]!; e++) {
      const child = edgeTarget[e]!;
      const symbol = edgeSymbolOf[e]!;
      const childFail = state === 0 ? 0 : transition(f, symbol) & stateMask;
      fail[child] = childFail;
      outputLink[child] = ends[childFail] !== undefined ? childFail : outputLink[childFail]!;
      edgeTarget[e] = flagged(child);
      if (state < dense) next[state * width + symbol] = edgeTarget[e]!;
    }
  }

  const actFrom = new Int32Array(states + 1);
  const actions: number[] = [];
  for (let state = 0; state < states; state++) {
    actFrom[state] = actions.length;
    for (let s = ends[state] !== undefined ? state : outputLink[state]!; s > 0; s = outputLink[s]!) {
      for (const id of ends[s]!) {
        const l = literals[id]!;
        if (l.text.length > LENGTH_BITS) throw new Error('literal too long for the scanner');
        const common = (l.wordStart && isWord(l.text.charCodeAt(0)) ? WORD_START : 0) | (l.text.length << LENGTH_SHIFT);
        for (const m of l.opens) actions.push(common | m);
        for (const m of l.starts) actions.push(common | START | m);
      }
    }
  }
  actFrom[states] = actions.length;
  return {
    symbols,
    width,
    stateMask,
    dense,
    next,
    edgeFrom,
    edgeSymbol: edgeSymbolOf,
    edgeTarget,
    fail,
    actFrom,
    actions: Int32Array.from(actions),
  };
}
