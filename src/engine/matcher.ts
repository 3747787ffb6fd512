// A list of whole-word patterns compiled into regexes that run only where the
// anchor scan says a match may begin, or, for patterns that could begin
// anywhere, only when the scan says one may occur at all.
import type { AnchorIndex, Scan } from './anchors';
import { literalsOfAlternatives, selective, startsOf } from './literals';
import { joinPatterns } from './pattern';

// A pattern list split in two: the leading patterns whose matches must begin
// with known literals ("pinned": tried only where the scan found one), and the
// rest ("roaming": searched across the text when the scan says one may occur).
// The roaming part keeps its place in the alternation: at one offset a pinned
// pattern, listed first, still wins.

export class Matcher {
  private readonly pinned: { id: number; sticky: RegExp } | null = null;
  private readonly roaming: { id: number; search: RegExp } | null = null;
  /** How many patterns are pinned: a roaming match's first capture group is pattern `split`. */
  private readonly split: number;
  /** Whether the last match `exec` returned came from the roaming part. */
  private lastRoamed = false;
  private lastRoaming: { text: string; scan: Scan; from: number; found: RegExpExecArray | null } | null = null;

  /** `sources` are whole-word regex sources (see pattern.ts); `capture` numbers the alternatives. */
  constructor(index: AnchorIndex, sources: readonly string[], capture: boolean) {
    let split = 0;
    while (split < sources.length && startsOf(sources[split]!)) split++;
    this.split = split;
    if (split > 0) {
      const pinned = sources.slice(0, split);
      const { starts, anchors } = literalsOfAlternatives(pinned);
      // Two filters: a match needs one of its openings here and, when they are rare enough to
      // be worth looking for, one of its anchors somewhere.
      this.pinned = { id: index.register(starts, anchors && selective(anchors) ? anchors : null), sticky: new RegExp(joinPatterns(pinned, capture), 'y') };
    }
    if (split < sources.length) {
      const rest = sources.slice(split);
      this.roaming = { id: index.register(null, literalsOfAlternatives(rest).anchors), search: new RegExp(joinPatterns(rest, capture), 'g') };
    }
  }

  mayMatch(scan: Scan): boolean {
    const { pinned, roaming } = this;
    return (
      (pinned !== null && scan.open[pinned.id] === 1 && scan.starts[pinned.id] !== undefined) ||
      (roaming !== null && scan.open[roaming.id] === 1)
    );
  }

  /**
   * The leftmost match that begins at or after `from`, as a global regex's
   * exec would find it. `text` is the scanned text, or the same text with
   * stretches blanked out (then the scan's offsets are still a superset).
   */
  exec(text: string, scan: Scan, from = 0): RegExpExecArray | null {
    const pinned = this.pinned !== null && scan.open[this.pinned.id] === 1 ? this.pinnedExec(text, scan, from) : null;
    this.lastRoamed = false;
    const { roaming } = this;
    if (roaming === null || scan.open[roaming.id] !== 1) return pinned;
    const found = this.roamingExec(text, scan, from);
    if (found === null || (pinned !== null && pinned.index <= found.index)) return pinned;
    this.lastRoamed = true;
    return found;
  }

  /** Which pattern (0-based, in the order given) the match `exec` just returned came from; needs `capture`. */
  patternOf(m: RegExpExecArray): number {
    let g = 1;
    while (m[g] === undefined) g++;
    return g - 1 + (this.lastRoamed ? this.split : 0);
  }

  /**
   * The roaming part's leftmost match at or after `from`. Callers walk a text match by match,
   * mostly through pinned matches: the last search is kept while it still answers, or every
   * step would search the rest of the text again (quadratic on a long reply).
   */
  private roamingExec(text: string, scan: Scan, from: number): RegExpExecArray | null {
    const last = this.lastRoaming;
    if (last !== null && last.scan === scan && last.text === text && last.from <= from && (last.found === null || last.found.index >= from)) {
      return last.found;
    }
    const { search } = this.roaming!;
    search.lastIndex = from;
    const found = search.exec(text);
    this.lastRoaming = { text, scan, from, found };
    return found;
  }

  private pinnedExec(text: string, scan: Scan, from: number): RegExpExecArray | null {
    const { id, sticky } = this.pinned!;
    const starts = scan.starts[id];
    if (starts === undefined) return null;
    // The first offset at or after `from` (binary search: callers walk a long text match by match).
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < starts.length; k++) {
      const at = starts[k]!;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m) return m;
    }
    return null;
  }

  test(text: string, scan: Scan): boolean {
    return this.exec(text, scan) !== null;
  }
}
