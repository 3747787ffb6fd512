// A list of whole-word patterns compiled into one regex, run only where the
// anchor scan says a match may begin (or, for patterns that could begin
// anywhere, only when the scan says one may occur at all).
import type { AnchorIndex, Scan } from './anchors';
import { anchorsOf, startsOf } from './literals';
import { joinPatterns } from './pattern';

export class Matcher {
  readonly id: number;
  /** The same patterns for a standalone test of a short string (a sentence). */
  readonly regex: RegExp;
  private readonly search: RegExp;
  /** Sticky: tried at the offsets the scan found, when every pattern has start literals. */
  private readonly sticky: RegExp | null;

  /** `sources` are whole-word regex sources (see pattern.ts); `capture` numbers the alternatives. */
  constructor(index: AnchorIndex, sources: readonly string[], capture: boolean) {
    const source = joinPatterns(sources, capture);
    const starts = startsOf(source);
    this.id = index.register(starts, starts ? null : anchorsOf(source));
    this.regex = new RegExp(source);
    this.search = new RegExp(source, 'g');
    this.sticky = starts ? new RegExp(source, 'y') : null;
  }

  mayMatch(scan: Scan): boolean {
    return scan.open[this.id] === 1;
  }

  /**
   * The leftmost match that begins at or after `from`, as a global regex's
   * exec would find it. `text` is the scanned text, or the same text with
   * stretches blanked out (then the scan's offsets are still a superset).
   */
  exec(text: string, scan: Scan, from = 0): RegExpExecArray | null {
    if (scan.open[this.id] !== 1) return null;
    const { sticky } = this;
    if (sticky === null) {
      this.search.lastIndex = from;
      return this.search.exec(text);
    }
    const starts = scan.starts[this.id];
    if (starts === undefined) return null;
    for (let k = 0; k < starts.length; k++) {
      const at = starts[k]!;
      if (at < from) continue;
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
