// What `audit --fix` and `audit --dry-run` print: for each saved reply with something to say,
// the swaps made, the flags left for a person (with why a swap could not be made) and the
// moves still missing; with --dry-run, a unified diff of each field that would change.
import { structuredPatch } from 'diff';
import { RULES } from '../engine';
import type { Finding } from '../engine';
import type { Applied, FieldFix, FixedExport, ItemFix } from './audit-fix';

const TITLES = new Map(RULES.map((rule) => [rule.id, rule.title]));
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const quoted = (text: string) => `"${oneLine(text)}"`;
const ARROW = '→';

export interface FixReportOptions {
  /** The export, and the fixed copy, as the diff headers name them. */
  file: string;
  out: string;
  /** Print a unified diff of each changed field (--dry-run). */
  diffs: boolean;
}

type Row = [action: string, severity: string, ruleId: string, detail: string];

/** A flag's better phrasing, as `check` prints it. */
const better = (finding: Finding) => (finding.swap && finding.replacement.trim() === '' ? '(remove it)' : oneLine(finding.replacement));

function rows(item: ItemFix): Row[] {
  const [primary, ...others] = item.fields;
  const out: Row[] = [];
  for (const swap of swapsOf(item)) {
    const detail = `${quoted(swap.text)} ${ARROW} ${swap.insert === '' ? '(removed)' : quoted(swap.insert)}${swap.count > 1 ? ` ×${swap.count}` : ''}`;
    out.push(['swapped', swap.severity, swap.ruleId, swap.fields.length < item.fields.length ? `${detail}  (in ${swap.fields.join(', ')} only)` : detail]);
  }
  for (const f of item.result.findings.filter((finding) => finding.kind === 'flag')) {
    const missed = primary?.notApplied.find((n) => n.finding.ruleId === f.ruleId && n.finding.text === f.text);
    out.push(['left', f.severity, f.ruleId, `${quoted(f.text)}${missed ? `  (not swapped: ${missed.reason})` : ''}  ${ARROW} ${better(f)}`]);
  }
  for (const field of item.fields) {
    if (field.refused) out.push(['unchanged', '', field.field, field.refused]);
  }
  for (const field of others) {
    for (const { finding, reason } of field.notApplied) out.push(['left', finding.severity, finding.ruleId, `${quoted(finding.text)} in ${field.field}  (not swapped: ${reason})`]);
  }
  for (const f of item.result.findings.filter((finding) => finding.kind === 'suggestion')) {
    out.push(['missing', f.severity, f.ruleId, `${TITLES.get(f.ruleId) ?? f.message}  ${ARROW} ${oneLine(f.replacement)}`]);
  }
  return out;
}

/**
 * The swaps made in an item, alike ones together: the same swap made in several fields (a
 * Freshdesk response's content and content_html) is one, counted as often as in the field
 * where it was made most.
 */
function swapsOf(item: ItemFix): (Applied & { count: number; fields: string[] })[] {
  const swaps = new Map<string, Applied & { count: number; fields: string[] }>();
  for (const field of item.fields) {
    const counts = new Map<string, number>();
    for (const a of field.applied) {
      const key = `${a.ruleId}\u0000${a.text}\u0000${a.insert}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (!swaps.has(key)) swaps.set(key, { ...a, count: 0, fields: [] });
    }
    for (const [key, count] of counts) {
      const swap = swaps.get(key)!;
      swap.count = Math.max(swap.count, count);
      swap.fields.push(field.field);
    }
  }
  return [...swaps.values()];
}

/** `diff -u` of one field's stored value (the markup, for an HTML field), three lines of context. */
function fieldDiff(field: FieldFix, item: ItemFix, options: FixReportOptions): string {
  const where = `${item.id} ${field.field}`;
  // Both end with a line break, so that jsdiff adds no "\ No newline at end of file".
  const { hunks } = structuredPatch(options.file, options.out, `${field.before}\n`, `${field.after}\n`, where, where, { context: 3 });
  const range = (start: number, lines: number) => (lines === 1 ? `${start}` : `${lines === 0 ? start - 1 : start},${lines}`);
  return [
    `--- ${options.file}\t${where}`,
    `+++ ${options.out}\t${where}`,
    ...hunks.flatMap((h) => [`@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@`, ...h.lines]),
  ].join('\n');
}

const isChanged = (item: ItemFix) => item.fields.some((field) => field.after !== field.before);

export function formatFixReport(fixed: FixedExport, options: FixReportOptions): string {
  const listed = fixed.items.map((item) => ({ item, rows: rows(item) })).filter(({ rows }) => rows.length > 0);
  const widths = [0, 1, 2].map((c) => Math.max(0, ...listed.flatMap(({ rows }) => rows.map((row) => row[c]!.length))));
  const blocks = listed.map(({ item, rows }) => {
    const lines = [oneLine(item.title ? `${item.title} (${item.id})` : item.id)];
    for (const row of rows) lines.push(`  ${row.map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell)).join('  ')}`);
    if (options.diffs) for (const field of item.fields) if (field.after !== field.before) lines.push(fieldDiff(field, item, options));
    return lines.join('\n');
  });
  const changed = fixed.items.filter(isChanged);
  const flags = fixed.items.reduce((n, item) => n + item.result.findings.filter((f) => f.kind === 'flag').length, 0);
  const moves = fixed.items.reduce((n, item) => n + item.result.findings.filter((f) => f.kind === 'suggestion').length, 0);
  const swaps = changed.reduce((n, item) => n + swapsOf(item).reduce((sum, swap) => sum + swap.count, 0), 0);
  const summary = `${changed.length} of ${fixed.items.length} saved replies changed (${plural(swaps, 'swap')}) · ${plural(flags, 'flag')} left for a person · ${plural(moves, 'missing move')}`;
  return blocks.map((block) => `${block}\n\n`).join('') + summary + '\n';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
