// Where values sit in a JSON document's own text, so that `audit --fix` can replace a few
// strings and leave every other byte of an export as the helpdesk wrote it (number forms,
// escapes, key order, indentation, line endings). The text must already have passed
// JSON.parse: these scans trust its structure. Each scan is a plain loop, never recursion,
// so a hostile export nested ten thousand levels deep cannot overflow the stack.

/** A value's text is `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The index just after the string literal that opens at `i`. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x5c) j++; // a backslash escapes the next character
    else if (c === 0x22) return j + 1;
  }
  return text.length;
}

/** The span of the value that starts at or after `i` (after white space). */
function valueAt(text: string, i: number): Span {
  const start = skipSpace(text, i);
  const first = text[start];
  if (first === '"') return { start, end: stringEnd(text, start) };
  if (first === '{' || first === '[') {
    let depth = 0;
    for (let j = start; j < text.length; j++) {
      const c = text[j];
      if (c === '"') j = stringEnd(text, j) - 1;
      else if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && --depth === 0) return { start, end: j + 1 };
    }
    return { start, end: text.length };
  }
  let end = start;
  while (end < text.length && !/[\s,\]}]/.test(text[end]!)) end++;
  return { start, end };
}

/** The whole document. */
export const rootSpan = (text: string): Span => valueAt(text, 0);

/** The items of the array at `span`, in order. */
export function itemsOf(text: string, span: Span): Span[] {
  const items: Span[] = [];
  let i = skipSpace(text, span.start + 1);
  while (i < span.end && text[i] !== ']') {
    const item = valueAt(text, i);
    items.push(item);
    i = skipSpace(text, item.end);
    if (text[i] === ',') i = skipSpace(text, i + 1);
  }
  return items;
}

/** The members of the object at `span`, by key; a repeated key keeps its last value, as JSON.parse does. */
export function membersOf(text: string, span: Span): Map<string, Span> {
  const members = new Map<string, Span>();
  let i = skipSpace(text, span.start + 1);
  while (i < span.end && text[i] === '"') {
    const keyEnd = stringEnd(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    i = skipSpace(text, keyEnd);
    const value = valueAt(text, i + 1); // past the colon
    members.set(key, value);
    i = skipSpace(text, value.end);
    if (text[i] === ',') i = skipSpace(text, i + 1);
  }
  return members;
}

/** `text` with each span replaced by its literal; spans must not overlap. */
export function splice(text: string, edits: { span: Span; literal: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let out = '';
  let at = 0;
  for (const { span, literal } of sorted) {
    out += text.slice(at, span.start) + literal;
    at = span.end;
  }
  return out + text.slice(at);
}

/** How an export writes its strings: which characters it escapes as `\uXXXX` (or `/` as `\/`). */
export interface LiteralStyle {
  /** No raw non-ASCII character anywhere (Python's json.dumps): all of them escaped. */
  ascii: boolean;
  upperHex: boolean;
  /** ASCII punctuation the export escapes (Rails writes <, > and & as \u003c, \u003e, \u0026). */
  escaped: Set<string>;
  slash: boolean;
}

/** The escaping an export's own text shows. */
export function literalStyle(source: string): LiteralStyle {
  const style: LiteralStyle = { ascii: !/[^\x00-\x7f]/.test(source), upperHex: false, escaped: new Set(), slash: false };
  // Pairs are read left to right, so the "\\" of an escaped backslash is never taken for the start of an escape.
  for (const [, escape] of source.matchAll(/\\(u[0-9a-fA-F]{4}|[^u])/g)) {
    if (escape === '/') style.slash = true;
    if (escape!.length !== 5) continue;
    if (/[A-F]/.test(escape!)) style.upperHex = true;
    const c = String.fromCharCode(parseInt(escape!.slice(1), 16));
    if (/[\x20-\x7e]/.test(c) && !/[A-Za-z0-9"\\]/.test(c)) style.escaped.add(c);
  }
  return style;
}

/** A JSON string literal for `value`, escaped as the export escapes its own strings. */
export function stringLiteral(value: string, style: LiteralStyle): string {
  const hex = (c: string) => {
    const code = c.charCodeAt(0).toString(16).padStart(4, '0');
    return `\\u${style.upperHex ? code.toUpperCase() : code}`;
  };
  // JSON.stringify's own escapes are backslash, letters and digits only: the characters replaced here never occur in them.
  let json = JSON.stringify(value);
  if (style.ascii) json = json.replace(/[^\x00-\x7f]/g, hex);
  if (style.escaped.size > 0) json = json.replace(/[\x20-\x7e]/g, (c) => (style.escaped.has(c) ? hex(c) : c));
  if (style.slash) json = json.replace(/\//g, '\\/');
  return json;
}
