// Reads an editor's text the way the agent sees it, keeping a map back to DOM text
// nodes so engine offsets become Ranges. Block elements turn into line breaks;
// excluded parts (quotes, signatures) become same-length blanks, so every offset
// the engine returns lands on the agent's own words and nothing is ever shifted.

export interface TextMap {
  text: string;
  /** The agent's own text nodes, in document order, with where each starts in `text`. */
  nodes: Text[];
  starts: number[];
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Same length, but layout whitespace and no-break spaces read as plain spaces. */
const normalise = (s: string): string => s.replace(/[\n\r\t\u00a0]/g, ' ');
const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

export interface ReadOptions {
  /** Drop excluded parts entirely instead of blanking them (for the customer message). */
  drop?: boolean;
  /** Stop reading at the first element matching this (a reply header above quoted history). */
  stopAt?: string;
  /**
   * Read only what is rendered for the reader to see (the customer message): text under an
   * element that is not displayed, invisible, transparent, clipped to nothing or placed off
   * the page is treated as excluded. Costs a style lookup per element, so not for the reply.
   */
  visibleOnly?: boolean;
}

/** Fully transparent colours as getComputedStyle writes them. */
const TRANSPARENT = /^(transparent|rgba\(.*,\s*0\)|color\(.*\/\s*0\))$/;

/**
 * Whether `el` shows nothing to the reader: not displayed (itself or an ancestor),
 * `visibility: hidden`, `opacity: 0`, a box of (nearly) no size that clips its content
 * (the "visually hidden" pattern), or placed where no scrolling can bring it into view.
 */
export function unseen(el: Element): boolean {
  if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return true;
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  const style = view.getComputedStyle(el);
  if (style.display === 'contents') return false;
  const rect = el.getBoundingClientRect();
  const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.clipPath !== 'none' || style.clip !== 'auto';
  if (clips && (rect.width < 2 || rect.height < 2)) return true;
  return rect.right + view.scrollX <= 0 || rect.bottom + view.scrollY <= 0;
}

/** Whether a text node's own glyphs are drawn: not at font size 0, not in a transparent colour. */
function drawn(text: Text): boolean {
  const parent = text.parentElement;
  const view = text.ownerDocument.defaultView;
  if (!parent || !view) return true;
  const style = view.getComputedStyle(parent);
  return parseFloat(style.fontSize) > 0 && !TRANSPARENT.test(style.color) && !TRANSPARENT.test(style.getPropertyValue('-webkit-text-fill-color') || style.color);
}

export function readText(root: Node, excluded: string, options: ReadOptions = {}): TextMap {
  let text = '';
  const nodes: Text[] = [];
  const starts: number[] = [];
  const newline = (): void => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };

  let stopped = false;
  const walk = (node: Node, hidden: boolean): void => {
    for (let child = node.firstChild; child && !stopped; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (hidden || (options.visibleOnly && data.trim() !== '' && !drawn(child as Text))) {
          if (!options.drop) text += blank(data);
        } else {
          nodes.push(child as Text);
          starts.push(text.length);
          text += normalise(data);
        }
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (SKIP.has(el.tagName)) continue;
        if (options.stopAt && el.matches(options.stopAt)) {
          stopped = true;
          return;
        }
        if (el.tagName === 'BR') {
          if (!(hidden && options.drop)) text += '\n';
          continue;
        }
        const hide = hidden || (excluded !== '' && el.matches(excluded)) || (!!options.visibleOnly && unseen(el));
        const block = BLOCK.has(el.tagName);
        if (block && !(hide && options.drop)) newline();
        walk(el, hide);
        if (block && !(hide && options.drop)) newline();
      }
    }
  };
  walk(root, false);
  return { text, nodes, starts };
}

/** Index of the last own text node starting at or before `offset`, or -1. */
function nodeAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map.starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The DOM position of a text offset. An offset that falls between text nodes
 * (on a synthetic line break) snaps forward for a range start, back for an end.
 */
function positionOf(map: TextMap, offset: number, edge: 'start' | 'end'): [Text, number] | undefined {
  let i = nodeAt(map, offset);
  // A start on the boundary between two nodes belongs to the later one.
  while (edge === 'start' && i >= 0 && i + 1 < map.nodes.length && map.starts[i + 1] === offset) i++;
  if (i < 0) {
    const first = map.nodes[0];
    return edge === 'start' && first ? [first, 0] : undefined;
  }
  const node = map.nodes[i]!;
  const local = offset - map.starts[i]!;
  if (local <= node.length) return [node, local];
  if (edge === 'end') return [node, node.length];
  const next = map.nodes[i + 1];
  return next ? [next, 0] : undefined;
}

/** A live DOM Range for [start, end) of the read text, or undefined if it no longer maps. */
export function rangeOf(map: TextMap, start: number, end: number): Range | undefined {
  if (end <= start) return undefined;
  const from = positionOf(map, start, 'start');
  const to = positionOf(map, end, 'end');
  if (!from || !to || !from[0].isConnected || !to[0].isConnected) return undefined;
  const range = document.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range.collapsed ? undefined : range;
}

/** A collapsed Range at `offset` of the read text (before the character there), or undefined if it no longer maps. */
export function caretAt(map: TextMap, offset: number): Range | undefined {
  const at = positionOf(map, offset, 'start');
  if (!at || !at[0].isConnected) return undefined;
  const range = document.createRange();
  range.setStart(at[0], at[1]);
  range.collapse(true);
  return range;
}

/** Where the agent's own text ends: just after the last own non-blank character. */
export function endOfOwnText(map: TextMap): [Text, number] | undefined {
  for (let i = map.nodes.length - 1; i >= 0; i--) {
    const node = map.nodes[i]!;
    const trimmed = node.data.replace(/[\s\u00a0]+$/, '');
    if (trimmed !== '') return [node, trimmed.length];
  }
  return undefined;
}
