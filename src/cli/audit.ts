// `replycoach audit`: scores every saved reply of a team in one go (a Zendesk macros
// export, a Freshdesk canned-responses export, or a folder of text files) and ranks
// them worst first.
import type { Finding, Result, Scorer } from '../engine';
import { htmlToText } from './audit-html';
import { InputError } from './input';

export interface SavedReply {
  /** The macro's or response's id, or the file's path inside the folder. */
  id: string;
  title: string;
  text: string;
}

export interface Audited extends SavedReply {
  result: Result;
}

export type AuditFormat = 'table' | 'json' | 'csv';

export type Json = Record<string, unknown>;
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
export const str = (value: unknown): string => (typeof value === 'string' ? value : '');
/** The item's own id, else its position in the export (`#3`), so it can be found in the file. */
export const idOf = (item: Json, position: number): string => (typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : `#${position}`);

/** A reply's text from a Zendesk macro's actions: `comment_value_html` as text, else `comment_value`. */
function zendeskText(macro: Json): string {
  const actions = Array.isArray(macro.actions) ? macro.actions.filter(isObject) : [];
  const html = actions.find((action) => action.field === 'comment_value_html');
  if (html && str(html.value).trim()) return htmlToText(str(html.value));
  const plain = actions.find((action) => action.field === 'comment_value');
  // The API gives either the text, or [channel, text] ("channel:all", "…").
  const value = Array.isArray(plain?.value) ? plain.value.at(-1) : plain?.value;
  return str(value);
}

/** A Freshdesk canned response's text: `content`, else `content_html` as text. */
function freshdeskText(response: Json): string {
  return str(response.content).trim() ? str(response.content) : htmlToText(str(response.content_html));
}

/** An item of an export that could not be read, by its 1-based position in the file's list. */
export interface Skipped {
  position: number;
  reason: string;
}

export interface ParsedExport {
  replies: SavedReply[];
  /** Every item left out, so that no saved reply disappears without a line saying so. */
  skipped: Skipped[];
}

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);
export const hasFreshdeskText = (item: Json) => 'content' in item || 'content_html' in item;

/**
 * Reads the items of one export's list: each object that `accept`s becomes a reply numbered by
 * its position in the file (not among the kept ones); every other item is reported as skipped.
 */
function readItems(items: unknown[], accept: (item: Json) => string | null, read: (item: Json, position: number) => SavedReply): ParsedExport {
  const replies: SavedReply[] = [];
  const skipped: Skipped[] = [];
  items.forEach((item, index) => {
    const position = index + 1;
    const problem = isObject(item) ? accept(item) : `${kindOf(item)}, not an object`;
    if (problem === null) replies.push(read(item as Json, position));
    else skipped.push({ position, reason: problem });
  });
  return { replies, skipped };
}

export type Helpdesk = 'zendesk' | 'freshdesk';

/** Which helpdesk wrote an export, told by its shape, and its list of saved replies. */
export function exportShape(json: unknown): { helpdesk: Helpdesk; items: unknown[] } | undefined {
  if (isObject(json) && Array.isArray(json.macros)) return { helpdesk: 'zendesk', items: json.macros };
  const responses = Array.isArray(json) ? json : isObject(json) && Array.isArray(json.canned_responses) ? json.canned_responses : undefined;
  // One response with its text is enough to tell a Freshdesk export; the others are reported one by one.
  if (responses && responses.some((item) => isObject(item) && hasFreshdeskText(item))) return { helpdesk: 'freshdesk', items: responses };
  return undefined;
}

/** An export's JSON, parsed; a file that is not JSON is refused naming it. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
}

const NOT_AN_EXPORT = 'not a helpdesk export: expected a Zendesk macros export ({"macros": [...]}) or Freshdesk canned responses ([{"title", "content"}, ...])';

/** Reads an export's JSON: which helpdesk it came from is told by its shape. */
export function parseExport(text: string, file: string): ParsedExport {
  const shape = exportShape(parseJson(text, file));
  if (!shape) throw new InputError(file, [NOT_AN_EXPORT]);
  if (shape.helpdesk === 'zendesk') {
    return readItems(shape.items, () => null, (macro, position) => ({ id: idOf(macro, position), title: str(macro.title), text: zendeskText(macro) }));
  }
  return readItems(
    shape.items,
    (item) => (hasFreshdeskText(item) ? null : 'no "content" or "content_html"'),
    (response, position) => ({ id: idOf(response, position), title: str(response.title), text: freshdeskText(response) }),
  );
}

/** A saved reply read from a file of a folder; HTML files are read as text. */
export function fileReply(path: string, text: string): SavedReply {
  const name = path.split(/[\\/]/).at(-1) ?? path;
  const body = /\.html?$/i.test(path) ? htmlToText(text) : text;
  return { id: path, title: name.replace(/\.[^.]+$/, ''), text: body };
}

const warnings = (findings: Finding[]) => findings.filter((f) => f.severity === 'warn').length;
const lowest = ({ scores }: Result): number => Math.min(scores.listening ?? Infinity, scores.ownership ?? Infinity);

/** Worst first: the lower of the two scores, then more warnings, then the other score; empty replies last. */
export function rank(audited: Audited[]): Audited[] {
  return [...audited].sort((a, b) => {
    const total = (x: Audited) => (x.result.scores.listening ?? 0) + (x.result.scores.ownership ?? 0);
    return lowest(a.result) - lowest(b.result) || warnings(b.result.findings) - warnings(a.result.findings) || total(a) - total(b);
  });
}

/** Scores each reply, calling `progress` as it goes (a bar for big exports). */
export function audit(replies: SavedReply[], score: Scorer, progress?: (done: number) => void): Audited[] {
  return replies.map((reply, index) => {
    const result = score({ reply: reply.text });
    progress?.(index + 1);
    return { ...reply, result };
  });
}

export function formatAudit(ranked: Audited[], format: AuditFormat): string {
  if (format === 'json') {
    return `${JSON.stringify(ranked.map(({ id, title, result }, i) => ({ rank: i + 1, id, title, scores: result.scores, findings: result.findings })), null, 2)}\n`;
  }
  if (format === 'csv') return formatCsv(ranked);
  return formatTable(ranked);
}

const ruleList = (findings: Finding[]): string => {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].map(([id, n]) => (n > 1 ? `${id}×${n}` : id)).join(' ');
};

function formatTable(ranked: Audited[]): string {
  const header = ['#', 'listen', 'own', 'warn', 'hint', 'reply', 'findings'];
  const rows = ranked.map(({ id, title, result }, i) => [
    String(i + 1),
    String(result.scores.listening ?? '–'),
    String(result.scores.ownership ?? '–'),
    String(warnings(result.findings)),
    String(result.findings.length - warnings(result.findings)),
    clip(title ? `${title} (${id})` : id, 48),
    result.scores.listening === null && result.scores.ownership === null ? '(empty, not scored)' : ruleList(result.findings.filter((f) => f.kind === 'flag')) || '–',
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
  const numeric = new Set([0, 1, 2, 3, 4]);
  const line = (row: string[]) => row.map((cell, c) => (c === row.length - 1 ? cell : numeric.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ');
  const scored = ranked.filter((a) => a.result.scores.listening !== null || a.result.scores.ownership !== null);
  const withWarnings = ranked.filter((a) => warnings(a.result.findings) > 0).length;
  const summary = `${ranked.length} saved replies · ${withWarnings} with warnings · ${ranked.length - scored.length} empty`;
  return [line(header), ...rows.map(line), '', summary].join('\n') + '\n';
}

const clip = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** RFC 4180 cells; a cell that a spreadsheet would run as a formula is prefixed with '. */
function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function formatCsv(ranked: Audited[]): string {
  const lines = [['rank', 'id', 'title', 'listening', 'ownership', 'warnings', 'hints', 'flags', 'missing_moves'].join(',')];
  ranked.forEach(({ id, title, result }, i) => {
    const flags = result.findings.filter((f) => f.kind === 'flag');
    const moves = result.findings.filter((f) => f.kind === 'suggestion');
    lines.push(
      [i + 1, id, title, result.scores.listening, result.scores.ownership, warnings(result.findings), result.findings.length - warnings(result.findings), ruleList(flags), ruleList(moves)]
        .map(csvCell)
        .join(','),
    );
  });
  return lines.join('\r\n') + '\r\n';
}

/** A progress bar for stderr: `[#####.....] 120/500 saved replies`, redrawn in place. */
export function progressBar(total: number, write: (text: string) => void, width = 30): (done: number) => void {
  let shown = -1;
  return (done) => {
    const filled = Math.round((done / total) * width);
    if (filled === shown && done !== total) return;
    shown = filled;
    write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} saved replies${done === total ? '\n' : ''}`);
  };
}
