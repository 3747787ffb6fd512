// One pass over a text tells which patterns can match it, and where. Each
// matcher registers the literals proven by ./literals.ts: literals every match
// contains (the scan says whether one occurs) and, where known, literals every
// match begins with (the scan records where they occur, and the matcher runs
// only there). All literals go into one Aho–Corasick automaton, so the scan
// costs a table step per character however many patterns there are.
//
// Proving the literals of the rules' ~1,150 patterns and building their automaton takes
// longer than the whole first check of a reply, so the build does it (`IndexTables`, made
// by rule-tables.ts): an index made from tables looks each pattern up instead of proving
// it. A pattern the tables do not hold (a team's phrase) is proven at run time and goes
// into a second, small automaton, which the scan runs after the first.
import type { Anchor } from './literals';
import { anchorsOf, gatesOf, scannable, startsOf } from './literals';
import { patternSource } from './pattern';
import { useTestedLiterals, type TestedLiterals } from './regex';

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
const FIRST_CHAR = 2;
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

/**
 * An automaton as the build writes it: the trie, its failure links and what each state's own
 * literals do, sorted for loading: the matchers whose match may begin there (start actions), and
 * the literals that open matchers. The rest (every state's actions along its output links, edge
 * ranges and targets, dense rows, the symbol table) is derived when it loads, by a few passes
 * over typed arrays in state order.
 */
interface AutomatonTables {
  /** The characters literals use, in the order of their symbols from 2 (0 and 1 are fixed). */
  chars: string;
  /** Symbols per state: a dense state's row of transitions starts at `state * width`. */
  width: number;
  /** Transitions hold the next state in these bits, and a bit above them when a literal ends there. */
  stateMask: number;
  /** States are numbered breadth first; those below `dense` have a full row in `next`. */
  dense: number;
  /**
   * Breadth first, a state's children are numbered one after the other, so the trie is each
   * state's number of children and, per state but the root, the symbol of the edge into it.
   */
  children: Uint8Array;
  symbolInto: Uint8Array;
  /**
   * Where a state without an edge for a symbol goes on looking: a shallower state, in 16 bits, and
   * FAIL_BEYOND where it is further than that (`failBeyond` then says where). The rules' ~83,000
   * states fail to one of the first 65,535 but for 5: as 32-bit numbers they were 440 kB of the
   * bundle's base64, which a fresh worker reads and decodes before anything else.
   */
  fail: Uint16Array;
  /** State, failure state, for each state whose failure state is beyond 16 bits. */
  failBeyond: Int32Array;
  /** Per state, how many start actions its own literals have, in `ownStarts` (see `Automaton.actions`). */
  ownStartCount: Count;
  ownStarts: Int32Array;
  /**
   * Per opening literal, the state where it ends (one literal per need of a word start): they are
   * numbered in state order, so a state's are the next ones. A list rather than a count per state:
   * ~3,000 of the rules' ~83,000 states have one.
   */
  openingStates: Int32Array;
  /** Per opening literal: its length, whether it must begin a word, and how many of `opens` (matchers) it opens. */
  literalLength: Uint16Array;
  literalWordStart: Uint8Array;
  opensCount: Count;
  opens: Uint16Array;
}

/** Numbers per state or per literal, in the narrowest array that holds them. */
type Count = Uint8Array | Uint16Array;

interface Automaton {
  /** Each UTF-16 code unit's symbol. */
  symbols: Uint8Array;
  width: number;
  stateMask: number;
  dense: number;
  next: Uint16Array | Int32Array;
  /**
   * What the scan reads of a state, side by side (STATE_FIELDS numbers a state, and one more
   * record that closes the last state's ranges): where its own edges start in `edges`, its
   * failure state, and where its actions and its opening literals start. Each field's range ends
   * where the next state's record says: one cache line for what separate arrays read from four.
   */
  states: Int32Array;
  /** The trie's edges, in state order: target state << EDGE_TARGET_SHIFT, EDGE_FLAG when a literal ends there, symbol. */
  edges: Int32Array;
  /**
   * One number per action: the matcher, the literal's length (back from where it ends to where
   * it begins), and WORD_START when the literal must begin a word.
   */
  actions: Int32Array;
  /** The literals found at each state (its own and down its output links) that open matchers. */
  opening: Int32Array;
  /** Per opening literal: its length, whether it must begin a word, and its range in `opens` of the matchers it opens. */
  literalLength: Uint16Array;
  literalWordStart: Uint8Array;
  opensFrom: Int32Array;
  opens: Int32Array;
  /**
   * Per opening literal, the last scan (`scans`) in which it opened its matchers: a literal such
   * as "the" opens hundreds of gates, and after its first occurrence there is nothing to open.
   */
  opened: Int32Array;
  scans: number;
}

/** What the build writes for one index: the patterns it registered and their automaton. */
export interface IndexTables {
  /** How many matcher ids the patterns use. */
  count: number;
  /** Matchers without anchors: open in every scan. */
  alwaysOpen: number[];
  /**
   * Every registered pattern of the rule language (as written in the rules: its regex source is
   * made only if it runs), with its matcher id × 2 (plus 1 when it is pinned to its start
   * literals) and its gates.
   */
  patterns: [pattern: string, idAndPinned: number, gates: number[]][];
  automaton: AutomatonTables;
  /**
   * Regex sources that are read through `neededLiterals` (the flag rules' hedges), each with the
   * literals one of which every match holds (null: none proven). Proving ~160 of them cost a fresh
   * worker ~40 ms of its first reply.
   */
  needs: [source: string, literals: string[] | null][];
  /**
   * The same for regex sources read through `neededLiteralsAt` (the clause rewrites' `when`s), by
   * the key the reader gives and the source's length: ~250 sources, 141 kB of text as keys.
   */
  keyedNeeds: [key: string, sourceLength: number, literals: string[] | null][];
  /**
   * The literals of the engine's PrimedOnTest regexes (regex.ts), by their key there: in the reply
   * index's tables, and handed to regex.ts when an index is made from them.
   */
  testedLiterals: TestedLiterals[];
}

/**
 * A pattern as the index registered it: its matcher id, whether the matcher runs only at its
 * start literals, and the ids of its further anchor sets (gates), all of which must be open too.
 */
export interface Registration {
  id: number;
  pinned: boolean;
  gates: readonly number[];
}

/** A pattern of the rule language (pattern.ts), or else a whole-word regex source (a team's phrase). */
export type PatternRef = { rule: string } | { source: string };

// A matcher id per pattern and per gate (see matcher.ts): room for the rules' ~1,550 and a team's phrases.
const MATCHER_BITS = 0x3fff;
const LENGTH_SHIFT = 14;
const LENGTH_BITS = 0xfff;
const START = 1 << 26;
const WORD_START = 1 << 27;
/** A state's record in `Automaton.states`, and its fields. */
const STATE_FIELDS = 4;
const EDGES = 0;
const FAIL = 1;
const ACTIONS = 2;
const OPENINGS = 3;
/** An edge of `Automaton.edges`: its symbol in the low byte, then the flag, then the target state. */
const EDGE_SYMBOL = 0xff;
const EDGE_FLAG = 0x100;
const EDGE_TARGET_SHIFT = 9;
/** A failure link beyond 16 bits, in `AutomatonTables.fail`. */
const FAIL_BEYOND = 0xffff;
/** State numbers below 2^15 leave room for the flag bit in 16-bit transitions. */
const SMALL_STATE_MASK = 0x7fff;

export class AnchorIndex {
  /** What the build compiled: its rule patterns, by their text, and their automaton. */
  private readonly built: {
    rules: Map<string, Registration>;
    alwaysOpen: number[];
    automaton: Automaton;
    needs: Map<string, readonly string[] | null>;
    keyedNeeds: Map<string, { sourceLength: number; literals: readonly string[] | null }>;
  } | null;
  // What is registered at run time: every pattern without tables, a team's phrases with them.
  private readonly rules = new Map<string, Registration>();
  private readonly sources = new Map<string, Registration>();
  private readonly literals: Literal[] = [];
  private readonly literalIds = new Map<string, number>();
  private readonly alwaysOpen: number[] = [];
  private readonly registered = new Map<string, number>();
  /** What `neededLiterals` proved at run time (with the build's tables and the default rules, nothing). */
  private readonly needs = new Map<string, readonly string[] | null>();
  /** What `neededLiteralsAt` proved at run time, by key. */
  private readonly keyedNeeds = new Map<string, { sourceLength: number; literals: readonly string[] | null }>();
  private count: number;
  private automaton: Automaton | null = null;

  constructor(tables?: IndexTables) {
    this.built = tables
      ? {
          rules: new Map(tables.patterns.map(([pattern, entry, gates]) => [pattern, { id: entry >> 1, pinned: (entry & 1) === 1, gates }])),
          alwaysOpen: tables.alwaysOpen,
          automaton: loaded(tables.automaton),
          needs: new Map(tables.needs),
          keyedNeeds: new Map(tables.keyedNeeds.map(([key, sourceLength, literals]) => [key, { sourceLength, literals }])),
        }
      : null;
    if (tables) useTestedLiterals(tables.testedLiterals);
    this.count = tables?.count ?? 0;
  }

  /** Registers a pattern, once per pattern. */
  pattern(ref: PatternRef): Registration {
    if ('source' in ref) return this.sources.get(ref.source) ?? this.registerSource(ref.source, this.sources, ref.source);
    return this.built?.rules.get(ref.rule) ?? this.rules.get(ref.rule) ?? this.registerSource(patternSource(ref.rule), this.rules, ref.rule);
  }

  private registerSource(source: string, known: Map<string, Registration>, key: string): Registration {
    const starts = startsOf(source);
    const anchors = anchorsOf(source);
    // Pinned, two filters: a match needs one of its openings here and, when they are cheap
    // to look for, one of its anchors somewhere. Else it roams where an anchor occurs.
    const id = starts ? this.register(starts, anchors && scannable(anchors) ? anchors : null) : this.register(null, anchors);
    const registration = { id, pinned: starts !== null, gates: gatesOf(source).map((gate) => this.register(null, gate)) };
    known.set(key, registration);
    return registration;
  }

  /**
   * Registers a matcher and returns its id. The scan records where `starts`
   * occur, and opens the matcher when one of `anchors` occurs (always, when
   * there are none).
   */
  private register(starts: readonly Anchor[] | null, anchors: readonly Anchor[] | null): number {
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
   * The literals one of which every match of the regex `source` holds, or null where none is
   * proven: from the build's tables, else proven now (once per source).
   */
  neededLiterals(source: string): readonly string[] | null {
    const built = this.built?.needs.get(source);
    if (built !== undefined) return built;
    let proven = this.needs.get(source);
    if (proven === undefined) {
      proven = anchorsOf(source)?.map((a) => a.text) ?? null;
      this.needs.set(source, proven);
    }
    return proven;
  }

  /**
   * `neededLiterals` for a source known by `key` (unique among the sources read this way), so that
   * the tables need not hold the source itself. A source of another length than the one the build
   * proved under that key is proven now.
   */
  neededLiteralsAt(key: string, source: string): readonly string[] | null {
    const built = this.built?.keyedNeeds.get(key);
    if (built !== undefined && built.sourceLength === source.length) return built.literals;
    let proven = this.keyedNeeds.get(key);
    if (proven === undefined || proven.sourceLength !== source.length) {
      proven = { sourceLength: source.length, literals: anchorsOf(source)?.map((a) => a.text) ?? null };
      this.keyedNeeds.set(key, proven);
    }
    return proven.literals;
  }

  /** Regex sources whose needed literals were proven at run time: with the build's tables and the default rules, none. */
  get literalsProvenAtRunTime(): number {
    return this.built ? this.needs.size + this.keyedNeeds.size : 0;
  }

  /** Patterns registered at run time: with the build's tables and the default rules, none. */
  get compiledAtRunTime(): number {
    return this.built ? this.rules.size + this.sources.size : 0;
  }

  /** This index as the build writes it (an index made from tables is not written again). */
  tables(): IndexTables {
    if (this.built || this.sources.size > 0) throw new Error('tables hold the rule patterns of an index compiled at run time');
    const patterns = [...this.rules].map(([pattern, r]): [string, number, number[]] => [pattern, r.id * 2 + (r.pinned ? 1 : 0), [...r.gates]]);
    const needs = [...this.needs].map(([source, literals]): [string, string[] | null] => [source, literals && [...literals]]);
    const keyedNeeds = [...this.keyedNeeds].map(([key, { sourceLength, literals }]): [string, number, string[] | null] => [key, sourceLength, literals && [...literals]]);
    return { count: this.count, alwaysOpen: [...this.alwaysOpen], patterns, automaton: build(this.literals), needs, keyedNeeds, testedLiterals: [] };
  }

  /**
   * Scans `text`. With `reuse` (a scan this index made before, no longer needed), its storage
   * is emptied and filled again rather than allocated: the scorer scans every keystroke.
   */
  scan(text: string, reuse?: Scan): Scan {
    const scan = reuse instanceof ScanState && reuse.open.length === this.count ? reuse.empty() : new ScanState(this.count);
    const { built } = this;
    if (built) run(built.automaton, built.alwaysOpen, text, scan);
    // Without tables this is every pattern; with them, only what was registered at run time.
    if (!built || this.compiledAtRunTime > 0) run((this.automaton ??= loaded(build(this.literals))), this.alwaysOpen, text, scan);
    return scan;
  }
}

/** Marks in `scan` what `automaton` finds in `text`. */
function run(automaton: Automaton, alwaysOpen: readonly number[], text: string, scan: ScanState): void {
  const { symbols, width, stateMask, dense, next, states, edges, actions, opening, literalLength, literalWordStart, opensFrom, opens, opened } = automaton;
  const { open, starts } = scan;
  if (automaton.scans === 0x7fffffff) {
    opened.fill(0);
    automaton.scans = 0;
  }
  const now = ++automaton.scans;
  for (let k = 0; k < alwaysOpen.length; k++) open[alwaysOpen[k]!] = 1;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const symbol = symbols[text.charCodeAt(i)]!;
    let found = false; // whether a literal ends at the state stepped into
    // A deep state has its own edges only: without one for this symbol, its failure state answers.
    for (let s = state; ; s = states[s * STATE_FIELDS + FAIL]!) {
      if (s < dense) {
        const step = next[s * width + symbol]!;
        state = step & stateMask;
        found = step !== state;
        break;
      }
      const end = states[(s + 1) * STATE_FIELDS + EDGES]!;
      let e = states[s * STATE_FIELDS + EDGES]!;
      while (e < end && (edges[e]! & EDGE_SYMBOL) !== symbol) e++;
      if (e < end) {
        state = edges[e]! >>> EDGE_TARGET_SHIFT;
        found = (edges[e]! & EDGE_FLAG) !== 0;
        break;
      }
    }
    if (!found) continue; // no literal ends here: the common case, one table read
    const record = state * STATE_FIELDS;
    const startsTo = states[record + STATE_FIELDS + ACTIONS]!;
    for (let k = states[record + ACTIONS]!; k < startsTo; k++) {
      const action = actions[k]!;
      const m = action & MATCHER_BITS;
      const at = i + 1 - ((action >>> LENGTH_SHIFT) & LENGTH_BITS);
      if ((action & WORD_START) !== 0 && at > 0 && isWord(text.charCodeAt(at - 1))) continue; // inside a word
      if (starts[m] === undefined) scan.first(m, at);
      else addStart(starts[m]!, at);
    }
    // Each literal opens all its matchers at once, and only once a scan: checked per literal, not per matcher.
    const openTo = states[record + STATE_FIELDS + OPENINGS]!;
    for (let g = states[record + OPENINGS]!; g < openTo; g++) {
      const literal = opening[g]!;
      if (opened[literal] === now) continue;
      const at = i + 1 - literalLength[literal]!;
      if (literalWordStart[literal] === 1 && at > 0 && isWord(text.charCodeAt(at - 1))) continue; // inside a word
      for (let k = opensFrom[literal]!; k < opensFrom[literal + 1]!; k++) open[opens[k]!] = 1;
      opened[literal] = now;
    }
  }
}

class ScanState implements Scan {
  readonly open: Uint8Array;
  readonly starts: (number[] | undefined)[];
  fill = 0;
  /** Matchers with a list in `starts`. */
  private readonly listed: number[] = [];

  constructor(count: number) {
    this.open = new Uint8Array(count);
    this.starts = new Array(count);
  }

  empty(): this {
    this.fill++;
    this.open.fill(0);
    // Lists are left to the garbage collector rather than emptied for reuse: setting an array's
    // length is a call into the runtime, and a reply lists a hundred or so.
    const { listed, starts } = this;
    for (let i = 0; i < listed.length; i++) starts[listed[i]!] = undefined;
    listed.length = 0;
    return this;
  }

  first(m: number, at: number): void {
    this.starts[m] = [at];
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

function build(literals: readonly Literal[]): AutomatonTables {
  let chars = '';
  const symbols = symbolsOf(chars);
  for (const l of literals) {
    for (let i = 0; i < l.text.length; i++) {
      const c = l.text.charCodeAt(i);
      // Past the cap (a team's phrases in many scripts) a character shares OTHER: still sound, less selective.
      if (symbols[c] === OTHER && chars.length + FIRST_CHAR < MAX_SYMBOLS) {
        chars += l.text[i];
        symbols[c] = chars.length - 1 + FIRST_CHAR;
      }
    }
  }
  const width = chars.length + FIRST_CHAR;

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

  // Breadth first: states are numbered in that order, so a state's failure state, which is
  // shallower, comes before it, and a state's children have consecutive numbers.
  const states = firstEdge.length;
  const order = [0];
  const children = new Uint8Array(states);
  const symbolInto = new Uint8Array(states);
  for (let q = 0; q < order.length; q++) {
    for (let e = firstEdge[order[q]!]!; e >= 0; e = edgeNext[e]!) {
      children[q]!++;
      symbolInto[order.length] = edgeSymbol[e]!;
      order.push(edgeTo[e]!);
    }
  }
  const edgeFrom = ranges(children);
  const fail = new Int32Array(states);
  /** Where `symbol` leads from a state whose failure chain is complete: down the chain to an edge, or the root. */
  const transition = (from: number, symbol: number): number => {
    for (let s = from; ; s = fail[s]!) {
      for (let e = edgeFrom[s]!; e < edgeFrom[s + 1]!; e++) if (symbolInto[e + 1] === symbol) return e + 1;
      if (s === 0) return 0;
    }
  };
  for (let state = 0; state < states; state++) {
    for (let e = edgeFrom[state]!; e < edgeFrom[state + 1]!; e++) fail[e + 1] = state === 0 ? 0 : transition(fail[state]!, symbolInto[e + 1]!);
  }

  const ownCount = new Uint16Array(states);
  const ownActions: number[] = [];
  for (let state = 0; state < states; state++) {
    const before = ownActions.length;
    for (const id of ending.get(order[state]!) ?? []) {
      const l = literals[id]!;
      if (l.text.length > LENGTH_BITS) throw new Error('literal too long for the scanner');
      const common = (l.wordStart && isWord(l.text.charCodeAt(0)) ? WORD_START : 0) | (l.text.length << LENGTH_SHIFT);
      for (const m of l.opens) ownActions.push(common | m);
      for (const m of l.starts) ownActions.push(common | START | m);
    }
    if (ownActions.length - before > 0xffff) throw new Error('too many matchers share one literal');
    ownCount[state] = ownActions.length - before;
  }
  return {
    chars,
    width,
    // Half the memory while state numbers and the flag bit fit in 16 bits.
    stateMask: states < 0x8000 ? SMALL_STATE_MASK : 0x3fffffff,
    dense: Math.min(states, DENSE_STATES),
    children,
    symbolInto,
    ...failIn16Bits(fail),
    ...ownOutputs(ownCount, Int32Array.from(ownActions)),
  };
}

/** Failure links as `AutomatonTables` holds them: 16 bits each, and the few beyond that apart. */
function failIn16Bits(fail: Int32Array): { fail: Uint16Array; failBeyond: Int32Array } {
  const beyond: number[] = [];
  const narrow = new Uint16Array(fail.length);
  for (let state = 0; state < fail.length; state++) {
    if (fail[state]! < FAIL_BEYOND) narrow[state] = fail[state]!;
    else {
      narrow[state] = FAIL_BEYOND;
      beyond.push(state, fail[state]!);
    }
  }
  return { fail: narrow, failBeyond: Int32Array.from(beyond) };
}

/** Failure links as the 32-bit numbers the scan reads. */
function failLinks(tables: AutomatonTables): Int32Array {
  const fail = new Int32Array(tables.fail);
  const { failBeyond } = tables;
  for (let k = 0; k < failBeyond.length; k += 2) fail[failBeyond[k]!] = failBeyond[k + 1]!;
  return fail;
}

/** What each state's own literals do, sorted: start actions, and the literals that open matchers. */
function ownOutputs(ownCount: Uint16Array, ownActions: Int32Array) {
  const states = ownCount.length;
  const ownFrom = ranges(ownCount);
  const ownStartCount: number[] = [];
  const ownStarts: number[] = [];
  for (let state = 0; state < states; state++) {
    const before = ownStarts.length;
    for (let k = ownFrom[state]!; k < ownFrom[state + 1]!; k++) if ((ownActions[k]! & START) !== 0) ownStarts.push(ownActions[k]! & ~START);
    ownStartCount.push(ownStarts.length - before);
  }
  const literals = openingLiterals(states, ownFrom, ownActions);
  return {
    ownStartCount: narrowest(ownStartCount),
    ownStarts: Int32Array.from(ownStarts),
    openingStates: literals.states,
    literalLength: literals.length,
    literalWordStart: literals.wordStart,
    opensCount: narrowest(literals.opensCount),
    opens: literals.opens,
  };
}

function narrowest(counts: readonly number[]): Count {
  let max = 0;
  for (const n of counts) max = Math.max(max, n);
  if (max > 0xffff) throw new Error('too many actions at one state of the scanner');
  return max <= 0xff ? Uint8Array.from(counts) : Uint16Array.from(counts);
}

/** Each UTF-16 code unit's symbol: space and line break are one, `chars` follow in order. */
function symbolsOf(chars: string): Uint8Array {
  const symbols = new Uint8Array(65536);
  symbols[32] = SPACE;
  symbols[10] = SPACE;
  for (let k = 0; k < chars.length; k++) symbols[chars.charCodeAt(k)] = k + FIRST_CHAR;
  return symbols;
}

/** Prefix sums: item `i`'s range is from ranges[i] to ranges[i + 1] (a state's edges: edge `e` leads to state `e + 1`). */
function ranges(counts: ArrayLike<number>): Int32Array {
  const from = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) from[i + 1] = from[i]! + counts[i]!;
  return from;
}

/**
 * The automaton ready to scan: an edge into a state with actions carries a flag bit, so the scan
 * reads one number per character where no literal ends. The `dense` shallowest states get full
 * rows: breadth-first order puts a state's failure state before it, so that row is complete when
 * the state takes it over (where it has no edge of its own, it goes where its failure state goes).
 */
function loaded(tables: AutomatonTables): Automaton {
  const { chars, width, stateMask, dense, children, symbolInto, ownStarts, literalLength, literalWordStart, opens } = tables;
  // One array type per field whatever the tables' widths: these loops run once per automaton, and
  // a second automaton with other types (its counts in 16 bits where the first's fit in 8)
  // deoptimised them, ~20 ms of a fresh worker's createScorer.
  const fail = failLinks(tables);
  const ownStartCount = asInt32(tables.ownStartCount);
  const ownOpeningCount = new Int32Array(children.length);
  for (const state of tables.openingStates) ownOpeningCount[state]!++;
  const opensCount = asInt32(tables.opensCount);
  const states = children.length;
  const edgeFrom = ranges(children);
  const [actFrom, actions] = alongOutputLinks(fail, ownStartCount, ownStarts);
  const [openFrom, opening] = alongOutputLinks(fail, ownOpeningCount, null);
  const small = stateMask === SMALL_STATE_MASK;
  if (states >= 1 << (31 - EDGE_TARGET_SHIFT)) throw new Error('too many states for the scanner');
  const flag = stateMask + 1;
  const edgeSymbol = symbolInto.subarray(1);
  // One pass over the states writes both what the scan reads of each and the edge into it: these
  // loops run once, mostly before V8 optimises them, so each pass over ~83,000 states costs.
  // Edge `e` leads to state e + 1 (breadth-first numbering); a literal ends there when it has actions or opens.
  const edges = new Int32Array(states - 1);
  const records = new Int32Array((states + 1) * STATE_FIELDS);
  for (let state = 0; state <= states; state++) {
    const record = state * STATE_FIELDS;
    const act = actFrom[state]!;
    const open = openFrom[state]!;
    records[record + EDGES] = edgeFrom[state]!;
    records[record + FAIL] = state < states ? fail[state]! : 0;
    records[record + ACTIONS] = act;
    records[record + OPENINGS] = open;
    if (state > 0 && state < states) {
      const literalEnds = actFrom[state + 1]! > act || openFrom[state + 1]! > open;
      edges[state - 1] = (state << EDGE_TARGET_SHIFT) | (literalEnds ? EDGE_FLAG : 0) | edgeSymbol[state - 1]!;
    }
  }
  const next = small ? new Uint16Array(dense * width) : new Int32Array(dense * width);
  for (let state = 0; state < dense; state++) {
    const f = fail[state]!;
    if (state > 0) next.copyWithin(state * width, f * width, f * width + width);
    for (let e = edgeFrom[state]!; e < edgeFrom[state + 1]!; e++) next[state * width + edgeSymbol[e]!] = (edges[e]! & EDGE_FLAG) !== 0 ? (e + 1) | flag : e + 1;
  }
  return {
    symbols: symbolsOf(chars),
    width,
    stateMask,
    dense,
    next,
    states: records,
    edges,
    actions,
    opening,
    literalLength,
    literalWordStart,
    opensFrom: ranges(opensCount),
    // Int32Array as the run-time automaton's: the scan's loop stays monomorphic.
    opens: Int32Array.from(opens),
    opened: new Int32Array(literalLength.length),
    scans: 0,
  };
}

/**
 * Each state's list (start actions, or opening literals): its own items, then the list of its
 * failure state, which is its own items and its failure state's and so on, the items of every
 * state down its output links. Breadth-first order puts a failure state before the states that
 * fail to it, so its list is complete when they copy it. `own` null: the items are numbered in
 * state order (opening literals). Returns each state's range and the items.
 */
function alongOutputLinks(fail: Int32Array, ownCount: Int32Array, own: Int32Array | null): [Int32Array, Int32Array] {
  const states = ownCount.length;
  const from = new Int32Array(states + 1);
  // The root lists nothing (a literal ends there only if it is empty), and from[1] is 0.
  for (let state = 1; state < states; state++) {
    const f = fail[state]!;
    from[state + 1] = from[state]! + ownCount[state]! + from[f + 1]! - from[f]!;
  }
  const items = new Int32Array(from[states]!);
  // Numbered items as a list of their own: one loop, without a test per item.
  const ownItems = own ?? numbers(ranges(ownCount)[states]!);
  // Copied one by one: most lists hold one or two items, fewer than a call to copyWithin costs.
  for (let state = 1, ownAt = ownCount[0]!; state < states; state++) {
    let at = from[state]!;
    for (const ownTo = ownAt + ownCount[state]!; ownAt < ownTo; ownAt++) items[at++] = ownItems[ownAt]!;
    const f = fail[state]!;
    for (let k = from[f]!, to = from[f + 1]!; k < to; k++) items[at++] = items[k]!;
  }
  return [from, items];
}

const asInt32 = (numbers: Uint8Array | Uint16Array | Int32Array): Int32Array => (numbers instanceof Int32Array ? numbers : new Int32Array(numbers));

/** 0, 1, 2… up to `n` - 1. */
function numbers(n: number): Int32Array {
  const list = new Int32Array(n);
  for (let i = 0; i < n; i++) list[i] = i;
  return list;
}

/**
 * The literals that open matchers, one per state where such a literal ends and per need of a
 * word start (a literal may be registered both ways), numbered in state order: `states` says
 * where each ends.
 */
function openingLiterals(states: number, ownFrom: Int32Array, ownActions: Int32Array) {
  const where: number[] = [];
  const length: number[] = [];
  const wordStart: number[] = [];
  const opensCount: number[] = [];
  const opens: number[] = [];
  for (let state = 0; state < states; state++) {
    for (const needsWordStart of [false, true]) {
      const before = opens.length;
      for (let k = ownFrom[state]!; k < ownFrom[state + 1]!; k++) {
        const action = ownActions[k]!;
        if ((action & START) === 0 && ((action & WORD_START) !== 0) === needsWordStart) opens.push(action & MATCHER_BITS);
      }
      if (opens.length === before) continue;
      where.push(state);
      length.push((ownActions[ownFrom[state]!]! >>> LENGTH_SHIFT) & LENGTH_BITS);
      wordStart.push(needsWordStart ? 1 : 0);
      opensCount.push(opens.length - before);
    }
  }
  // Matcher ids fit in 14 bits (MATCHER_BITS).
  return { states: Int32Array.from(where), length: Uint16Array.from(length), wordStart: Uint8Array.from(wordStart), opensCount, opens: Uint16Array.from(opens) };
}
