// A list of whole-word patterns that behaves like their alternation (the leftmost match,
// the earliest-listed pattern at one offset) but runs each pattern only where the anchor
// scan says that pattern may begin, or, for a pattern that could begin anywhere, only
// when the scan says it may occur at all.
//
// Patterns are kept apart rather than joined into one regex: a rule's frames mostly begin
// with common words ("i", "we", "it is"), and a joined regex would try every frame at every
// offset where any of them begins; apart, each frame runs only where its own opening is.
import type { AnchorIndex, PatternRef, Scan } from './anchors';
import { isLookahead, patternSource } from './pattern';
import { primed } from './regex';
import { firstAtOrAfter } from './sorted';

interface Part {
  /** The pattern's id in the anchor index. */
  id: number;
  /** The pattern, and its regex source once made: most patterns never run in a session. */
  ref: PatternRef;
  /** Sticky when the pattern is pinned to its start literals, global when it roams; made on first use. */
  regex: RegExp | null;
  pinned: boolean;
  /** Further anchor sets in the index: the pattern runs only when each of them occurs. */
  gates: readonly number[];
  /**
   * Another pinned pattern of the matcher that matches wherever this one does: this one is its
   * text and a lookahead more (a swap's "where the clause ends"). Run first at each start, it
   * spares compiling this one (up to 6 kB) in a text where neither matches.
   */
  wider: Part | null;
  /** The last search, kept while it still answers: callers walk a text match by match. */
  last: { text: string; scan: Scan; fill: number; from: number; found: RegExpExecArray | null } | null;
  /** A roaming pattern's opening lookbehind, read on first use (null: it opens with none). */
  opening?: OpeningStarts | null;
}

export class Matcher {
  private readonly parts: Part[];
  /**
   * What mayRun reads of each part, laid end to end, in the parts' order: its id, 1 when pinned,
   * its number of gates, then the gates. mayMatch asks every part of a rule that matches nothing
   * (most rules, most replies: ~1,000 parts a reply), and reading each part's own object cost
   * more than the test.
   */
  private readonly checks: Int32Array;
  /** Which pattern the match `exec` returned last came from. */
  private lastPattern = -1;

  /** `patterns`: rule-language patterns (`{ rule }`) or whole-word regex sources (strings, see pattern.ts). */
  constructor(index: AnchorIndex, patterns: readonly (string | PatternRef)[]) {
    this.parts = patterns.map((p) => {
      const ref = typeof p === 'string' ? { source: p } : p;
      const { id, pinned, gates } = index.pattern(ref);
      return { id, ref, regex: null, pinned, gates, wider: null as Part | null, last: null } as Part;
    });
    this.checks = Int32Array.from(this.parts.flatMap((part) => [part.id, part.pinned ? 1 : 0, part.gates.length, ...part.gates]));
    // Looked up by text, not by comparing every pair: a rule has up to a few hundred patterns,
    // and pairs were most of the cost of building a scorer.
    const pinnedByText = new Map<string, number>();
    this.parts.forEach((part, p) => {
      if (part.pinned && 'rule' in part.ref && !pinnedByText.has(part.ref.rule)) pinnedByText.set(part.ref.rule, p);
    });
    // A prefix is cut and looked up only at a pinned pattern's length: a rule's patterns hold many
    // lookaheads, and each cut made a string of up to a few kB to hash.
    const pinnedLengths = new Set([...pinnedByText.keys()].map((text) => text.length));
    for (const part of this.parts) {
      if (part.pinned && 'rule' in part.ref) part.wider = this.widerOf(part.ref.rule, pinnedByText, pinnedLengths);
    }
  }

  /** The first-listed pinned pattern that is `text` without a lookahead at its end. */
  private widerOf(text: string, pinnedByText: ReadonlyMap<string, number>, pinnedLengths: ReadonlySet<number>): Part | null {
    let first = -1;
    for (let at = text.indexOf('(?'); at >= 0; at = text.indexOf('(?', at + 1)) {
      const kind = text[at + 2];
      if ((kind !== '=' && kind !== '!') || !pinnedLengths.has(at)) continue;
      const p = pinnedByText.get(text.slice(0, at));
      if (p !== undefined && (first < 0 || p < first) && isLookahead(text.slice(at))) first = p;
    }
    return first < 0 ? null : this.parts[first]!;
  }

  mayMatch(scan: Scan): boolean {
    const { checks } = this;
    for (let i = 0; i < checks.length; i = nextCheck(checks, i)) if (mayRun(checks, i, scan)) return true;
    return false;
  }

  /**
   * The leftmost match that begins at or after `from`, as a global regex of the patterns'
   * alternation would find it. `text` is the scanned text, or the same text with stretches
   * blanked out (then the scan's offsets are still a superset). `off`: patterns left out of the
   * alternation for this text (by their 0-based place), asked only of those that may run.
   */
  exec(text: string, scan: Scan, from = 0, off?: (pattern: number) => boolean): RegExpExecArray | null {
    let best: RegExpExecArray | null = null;
    let bestPattern = -1;
    const { parts, checks } = this;
    for (let p = 0, i = 0; p < parts.length; p++, i = nextCheck(checks, i)) {
      if (!mayRun(checks, i, scan) || off?.(p) === true) continue;
      const found = this.next(parts[p]!, text, scan, from);
      // Strictly left of the best so far: at one offset, the earlier-listed pattern wins.
      if (found !== null && (best === null || found.index < best.index)) {
        best = found;
        bestPattern = p;
      }
    }
    this.lastPattern = bestPattern;
    return best;
  }

  /** Which pattern (0-based, in the order given) the match `exec` just returned came from. */
  patternOf(_m: RegExpExecArray): number {
    return this.lastPattern;
  }

  /** Whether any pattern matches: the first that does answers, leftmost or not. */
  test(text: string, scan: Scan): boolean {
    const { parts, checks } = this;
    for (let p = 0, i = 0; p < parts.length; p++, i = nextCheck(checks, i)) if (mayRun(checks, i, scan) && this.next(parts[p]!, text, scan, 0) !== null) return true;
    return false;
  }

  /** The part's leftmost match at or after `from`. */
  private next(part: Part, text: string, scan: Scan, from: number): RegExpExecArray | null {
    const last = part.last;
    // The scan's fill first: a scan refilled for the next keystroke holds a text much like the last,
    // and comparing the two texts would cost their common length for every pattern.
    if (last !== null && last.scan === scan && last.fill === scan.fill && last.text === text && last.from <= from && (last.found === null || last.found.index >= from)) {
      return last.found;
    }
    const found = part.pinned ? pinnedExec(part, text, scan, from) : roamingExec(part, text, from);
    // Kept in place: this runs for every pattern on every keystroke, and garbage costs more than the search.
    if (last === null) part.last = { text, scan, fill: scan.fill, from, found };
    else {
      last.text = text;
      last.scan = scan;
      last.fill = scan.fill;
      last.from = from;
      last.found = found;
    }
    return found;
  }
}

/** Whether the part whose checks start at `i` may run: its anchors occur (and its starts, when pinned), and each of its gates. */
function mayRun(checks: Int32Array, i: number, scan: Scan): boolean {
  const id = checks[i]!;
  if (scan.open[id] !== 1 || (checks[i + 1] === 1 && scan.starts[id] === undefined)) return false;
  const gatesTo = nextCheck(checks, i);
  for (let g = i + 3; g < gatesTo; g++) if (scan.open[checks[g]!] !== 1) return false;
  return true;
}

/** Where the next part's checks start. */
const nextCheck = (checks: Int32Array, i: number): number => i + 3 + checks[i + 2]!;

const sourceOf = (part: Part): string => ('source' in part.ref ? part.ref.source : patternSource(part.ref.rule));
const regexOf = (part: Part): RegExp => primed(new RegExp(sourceOf(part), part.pinned || part.opening ? 'y' : 'g'));

function roamingExec(part: Part, text: string, from: number): RegExpExecArray | null {
  if (part.opening === undefined) part.opening = openingStarts(sourceOf(part));
  const regex = (part.regex ??= regexOf(part));
  if (part.opening === null) {
    regex.lastIndex = from;
    return regex.exec(text);
  }
  // Tried only where its opening lookbehind holds: the same offsets a global search would match at.
  return stickyFrom(regex, text, part.opening.in(text), from);
}


/** The first match of sticky `regex` at one of `starts` (ascending) at or after `from`. */
function stickyFrom(regex: RegExp, text: string, starts: readonly number[], from: number): RegExpExecArray | null {
  for (let k = firstAtOrAfter(starts, from); k < starts.length; k++) {
    regex.lastIndex = starts[k]!;
    const m = regex.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * Where a match may begin, for the patterns that open with the word-edge lookbehind and then one of
 * their own ("at a sentence's start, after an optional greeting and interjection"), which no start
 * literal can say: a roaming pattern tries that lookbehind at every word of the text, and the nine
 * canned-empathy patterns that open with one of two such lookbehinds were ~8 % of the engine's time.
 * Found once per text for every pattern that shares the lookbehind, each pattern then runs there only.
 */
class OpeningStarts {
  private text: string | null = null;
  private starts: number[] = [];
  private readonly probe: RegExp;

  constructor(lookbehind: string) {
    this.probe = primed(new RegExp(`${WORD_EDGE}${lookbehind}`, 'g'));
  }

  /** The offsets of `text` where the lookbehinds hold, ascending. */
  in(text: string): readonly number[] {
    if (text === this.text) return this.starts;
    const starts: number[] = [];
    const { probe } = this;
    probe.lastIndex = 0;
    // Zero-width matches: each search goes on from the next offset.
    for (let m = probe.exec(text); m; m = probe.exec(text)) {
      starts.push(m.index);
      probe.lastIndex = m.index + 1;
    }
    this.text = text;
    this.starts = starts;
    return starts;
  }
}

const WORD_EDGE = "(?<![a-z0-9'])";
/** One per lookbehind: the patterns that share it share its offsets. */
const openings = new Map<string, OpeningStarts>();

/**
 * For a source that is the word-edge lookbehind, then one group that opens with a lookbehind of
 * its own and has no alternation at its top (so every match begins where both hold), then
 * anything but an alternation: the shared offsets of that lookbehind. Else null.
 */
function openingStarts(source: string): OpeningStarts | null {
  const head = `${WORD_EDGE}(?:(?<=`;
  if (!source.startsWith(head)) return null;
  let lookbehindEnd = -1;
  let groupEnd = -1;
  let depth = 0;
  let inClass = false;
  for (let i = WORD_EDGE.length; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      inClass = c !== ']';
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 1 && lookbehindEnd < 0) lookbehindEnd = i + 1;
      if (depth === 0 && groupEnd < 0) groupEnd = i + 1;
    } else if (c === '|' && depth <= 1) return null;
  }
  // A group that may be left out ("(?:…)?") says nothing of where a match begins.
  if (lookbehindEnd < 0 || groupEnd < 0 || depth !== 0 || /^[?*{]/.test(source.slice(groupEnd))) return null;
  const lookbehind = source.slice(head.length - '(?<='.length, lookbehindEnd);
  let opening = openings.get(lookbehind);
  if (!opening) openings.set(lookbehind, (opening = new OpeningStarts(lookbehind)));
  return opening;
}

function pinnedExec(part: Part, text: string, scan: Scan, from: number): RegExpExecArray | null {
  const starts = scan.starts[part.id]!;
  const { wider } = part;
  for (let k = firstAtOrAfter(starts, from); k < starts.length; k++) {
    if (wider !== null) {
      const guard = (wider.regex ??= regexOf(wider));
      guard.lastIndex = starts[k]!;
      if (!guard.test(text)) continue;
    }
    const regex = (part.regex ??= regexOf(part));
    regex.lastIndex = starts[k]!;
    const m = regex.exec(text);
    if (m) return m;
  }
  return null;
}
