// Shows flagged phrases without touching the editor's DOM: CSS Custom Highlights
// for rich text boxes, a small count badge beside a plain text area (whose text
// cannot hold ranges).
import type { Finding } from '../engine/types';
import { reasonOf, t } from '../shared/i18n';
import { ClosedHost } from './host';
import { rangeOf, type TextMap } from './text';

/**
 * One highlight per severity and kind, `replycoach-warn-listening` and so on (highlights.css, injected
 * by the manifest as a content-script stylesheet, so no element is added for it; it carries no
 * comment, as it ships in the content script's size budget twice).
 * The kind is the underline's colour, the popup's hues (listening purple, ownership teal) in
 * a middle tone that keeps 3:1 against a white page and a dark one (#202124) alike; the
 * severity is the line (wavy for a warning, dotted for a hint), so neither is told by colour
 * alone. No fill: the page's own text and selection colours stay as they are.
 */
const NAMES = ['warn', 'hint'].flatMap((severity) => ['listening', 'ownership'].map((kind) => `replycoach-${severity}-${kind}`));

/** A flag and the live range it marks in the editor. */
export interface Mark {
  finding: Finding;
  range: Range;
}

/** Replaces the highlights with ranges for the flags in `findings`; returns what it marked. */
export function paint(map: TextMap, findings: readonly Finding[]): Mark[] {
  const marks: Mark[] = [];
  if (!('highlights' in CSS)) return marks;
  const ranges = new Map<string, Range[]>(NAMES.map((name) => [name, []]));
  for (const finding of findings) {
    if (finding.kind !== 'flag') continue;
    const range = rangeOf(map, finding.start, finding.end);
    if (!range) continue;
    ranges.get(`replycoach-${finding.severity}-${finding.category}`)!.push(range);
    marks.push({ finding, range });
  }
  // A fresh Highlight each time (rather than mutating one) is one registry write per result.
  for (const [name, list] of ranges) CSS.highlights.set(name, new Highlight(...list));
  return marks;
}

export function unpaint(): void {
  if (!('highlights' in CSS)) return;
  for (const name of NAMES) CSS.highlights.delete(name);
}

const BADGE_STYLE = `
span { display: inline-block; font: 600 11px/18px system-ui, sans-serif; color: #fff;
  background: #b3261e; border-radius: 9px; padding: 0 7px; box-shadow: 0 1px 2px rgb(0 0 0 / .3); }
span.hint { background: #8a6100; }`;

/**
 * A count of flagged phrases pinned to the bottom-right corner of a text area, in a closed
 * shadow root (see host.ts): the page cannot read the count or the phrases.
 */
export class CountBadge {
  private readonly host = new ClosedHost({ position: 'fixed', 'z-index': '2147483646', 'pointer-events': 'none' }, BADGE_STYLE);
  private readonly label = document.createElement('span');
  private readonly place = (): void => this.position();

  constructor(private readonly box: HTMLElement) {
    this.host.root.append(this.label);
    addEventListener('scroll', this.place, { capture: true, passive: true });
    addEventListener('resize', this.place, { passive: true });
  }

  show(findings: readonly Finding[]): void {
    const flags = findings.filter((f) => f.kind === 'flag');
    this.host.show(flags.length > 0);
    if (flags.length === 0) return;
    const warn = flags.some((f) => f.severity === 'warn');
    this.label.className = warn ? '' : 'hint';
    this.label.textContent = t('badge_to_rephrase', String(flags.length));
    // Inside the closed root, where the page cannot read which phrases were flagged.
    this.label.title = flags.map((f) => t('badge_line', f.text, reasonOf(f))).join('\n');
    this.position();
  }

  private position(): void {
    if (!this.host.visible) return;
    const rect = this.box.getBoundingClientRect();
    this.host.moveTo({
      right: `${Math.max(0, document.documentElement.clientWidth - rect.right + 6)}px`,
      top: `${Math.max(0, rect.bottom - 24)}px`,
    });
  }

  remove(): void {
    removeEventListener('scroll', this.place, { capture: true });
    removeEventListener('resize', this.place);
    this.host.remove();
  }
}
