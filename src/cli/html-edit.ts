// Editing an HTML reply body through the text that is scored: `htmlToText` read again,
// with every character of the text tied to the stretch of markup it came from, so that a
// swap found in the text can be written into the markup's text nodes and nowhere else.
// An edit that would reach across a tag, a comment or a line break the markup only
// implies (a <p>, a <br>) is refused with a reason: the caller leaves that phrase for a person.
// The scan below is htmlToText's, step for step; `mapText` checks that the two agree.

import { decodeEntities, htmlToText } from './audit-html';

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'head', 'title']);
const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;

/** One UTF-16 unit of the text, the markup `[from, to)` it stands for, and whether only a tag implied it. */
export interface Unit {
  c: string;
  from: number;
  to: number;
  implied: boolean;
}

export const textOf = (units: Unit[]): string => units.map((u) => u.c).join('');

/** The units of `htmlToText(html)`, or undefined when they do not spell exactly that text. */
export function mapText(html: string): Unit[] | undefined {
  const units = collapse(scan(html));
  return textOf(units) === htmlToText(html) ? units : undefined;
}

/** The scan of htmlToText, keeping where each character came from. */
function scan(html: string): Unit[] {
  const lower = html.toLowerCase();
  const units: Unit[] = [];
  const text = (from: number, to: number) => {
    // Matched within the run only: a search on the whole document from each run would be quadratic.
    const run = html.slice(from, to);
    let at = 0;
    for (const m of run.matchAll(ENTITY)) {
      for (let k = at; k < m.index; k++) units.push({ c: run[k]!, from: from + k, to: from + k + 1, implied: false });
      const [start, end] = [from + m.index, from + m.index + m[0].length];
      for (const c of decodeEntities(m[0]).split('')) units.push({ c, from: start, to: end, implied: false });
      at = m.index + m[0].length;
    }
    for (let k = at; k < run.length; k++) units.push({ c: run[k]!, from: from + k, to: from + k + 1, implied: false });
  };
  const implied = (chars: string, from: number, to: number) => {
    for (const c of chars) units.push({ c, from, to, implied: true });
  };
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open < 0) {
      text(i, html.length);
      break;
    }
    text(i, open);
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const tag = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(open, open + 40));
    if (!tag) {
      text(open, open + 1); // a lone "<" is text
      i = open + 1;
      continue;
    }
    const close = html.indexOf('>', open);
    if (close < 0) break;
    const name = tag[1]!.toLowerCase();
    const closing = html[open + 1] === '/';
    i = close + 1;
    if (!closing && SKIPPED.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      const after = end < 0 ? -1 : html.indexOf('>', end);
      i = after < 0 ? html.length : after + 1;
      continue;
    }
    if (name === 'li') implied(closing ? '' : '\n- ', open, i);
    else if (BLOCKS.has(name)) implied('\n', open, i);
    else if (name === 'td' || name === 'th') implied(' ', open, i);
  }
  return units;
}

const BLANK = /[ \t\f\v\u00a0]/;

/** htmlToText's white-space steps, on units: runs of blanks to one space, none around line breaks, at most one empty line, trimmed. */
function collapse(units: Unit[]): Unit[] {
  const spaced: Unit[] = [];
  for (const u of units) {
    const last = spaced.at(-1);
    if (!BLANK.test(u.c)) spaced.push(u);
    else if (last?.c === ' ') spaced[spaced.length - 1] = { ...last, to: u.to, implied: last.implied || u.implied };
    else spaced.push({ ...u, c: ' ' });
  }
  const lines: Unit[] = [];
  let afterBreak = false;
  for (const u of spaced) {
    if (u.c === '\n') {
      while (lines.at(-1)?.c === ' ') lines.pop();
      afterBreak = true;
    } else if (u.c === ' ' && afterBreak) continue;
    else afterBreak = false;
    lines.push(u);
  }
  const kept = lines.filter((u, k) => !(u.c === '\n' && lines[k - 1]?.c === '\n' && lines[k - 2]?.c === '\n'));
  let first = 0;
  let last = kept.length;
  while (first < last && /\s/.test(kept[first]!.c)) first++;
  while (last > first && /\s/.test(kept[last - 1]!.c)) last--;
  return kept.slice(first, last);
}

/** Text as it goes into a text node. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The markup `[from, to)` that holds the text `[start, end)` (offsets into the units' text),
 * or why that text is not one run of a text node. An empty range (an insertion) is placed
 * beside the text it follows.
 */
export function locate(html: string, units: Unit[], start: number, end: number): { from: number; to: number } | { refused: string } {
  const crossesMarkup = { refused: 'it crosses HTML markup' };
  if (start === end) {
    const before = units[start - 1];
    const after = units[start];
    if (before && !before.implied) return { from: before.to, to: before.to };
    if (after && !after.implied) return { from: after.from, to: after.from };
    return crossesMarkup;
  }
  for (let k = start; k < end; k++) if (units[k]!.implied) return crossesMarkup;
  const from = units[start]!.from;
  const to = units[end - 1]!.to;
  // Never half a character reference (an emoji written &#x1F600; is two units of one reference).
  if ((start > 0 && units[start - 1]!.to > from) || (end < units.length && units[end]!.from < to)) return crossesMarkup;
  if (html.slice(from, to).includes('<')) return crossesMarkup;
  return { from, to };
}
