// What `audit --fix` and `audit --dry-run` print: for each saved reply with something to say,
// the swaps made, the flags left for a person (with why a swap could not be made) and the
// moves still missing; with --dry-run, a unified diff of each field that would change. The
// same facts, for a program (`--report-json FILE`), come from `fixReportJson`.
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

/** Why a flag is still in a fixed reply, when no swap was tried and refused for it. */
const NO_SWAP = 'no direct swap: it needs rewording by a person';
const STILL_FLAGGED = 'still flagged after the swaps';

/**
 * The `--report-json` sidecar: one entry per saved reply, in the export's order (every one,
 * changed or not, so a program can join it to the export by `id` or `position`). Its fields
 * are a contract for scripts: `version` changes if any of them does.
 */
export interface FixReportJson {
  version: 1;
  /** The export as the command line named it, and the fixed copy (null when none was written). */
  export: string;
  fixed: string | null;
  summary: { macros: number; changed: number; swaps: number; flagsLeft: number; missingMoves: number };
  skipped: { position: number; reason: string }[];
  macros: {
    position: number;
    id: string;
    title: string;
    changed: boolean;
    /** Each swap written: the rule, the words before and after ('' when removed), how often, in which fields. */
    swaps: { rule: string; severity: string; before: string; after: string; count: number; fields: string[] }[];
    /** Each flag the fixed reply still has, its better phrasing, and why it was not swapped. */
    flagsLeft: { rule: string; severity: string; text: string; better: string; reason: string }[];
    /** Each move the reply is still missing, with its ready sentence. */
    missingMoves: { rule: string; title: string; sentence: string }[];
    /** Fields left exactly as they were, and why. */
    unchanged: { field: string; reason: string }[];
  }[];
}

export function fixReportJson(fixed: FixedExport, names: { file: string; written: string | null }): FixReportJson {
  const macros = fixed.items.map((item) => {
    const reasonOf = (f: Finding): string => {
      const missed = item.fields.flatMap((field) => field.notApplied).find((n) => n.finding.ruleId === f.ruleId && n.finding.text === f.text);
      return missed?.reason ?? item.fields.find((field) => field.refused)?.refused ?? (f.swap ? STILL_FLAGGED : NO_SWAP);
    };
    const findings = item.result.findings;
    return {
      position: item.position,
      id: item.id,
      title: item.title,
      changed: isChanged(item),
      swaps: swapsOf(item).map((s) => ({ rule: s.ruleId, severity: s.severity, before: s.text, after: s.insert, count: s.count, fields: s.fields })),
      flagsLeft: findings.filter((f) => f.kind === 'flag').map((f) => ({ rule: f.ruleId, severity: f.severity, text: f.text, better: better(f), reason: reasonOf(f) })),
      missingMoves: findings.filter((f) => f.kind === 'suggestion').map((f) => ({ rule: f.ruleId, title: TITLES.get(f.ruleId) ?? f.message, sentence: f.replacement })),
      unchanged: item.fields.flatMap((field) => (field.refused ? [{ field: field.field, reason: field.refused }] : [])),
    };
  });
  return {
    version: 1,
    export: names.file,
    fixed: names.written,
    summary: {
      macros: macros.length,
      changed: macros.filter((m) => m.changed).length,
      swaps: macros.reduce((n, m) => n + m.swaps.reduce((sum, s) => sum + s.count, 0), 0),
      flagsLeft: macros.reduce((n, m) => n + m.flagsLeft.length, 0),
      missingMoves: macros.reduce((n, m) => n + m.missingMoves.length, 0),
    },
    skipped: fixed.skipped.map(({ position, reason }) => ({ position, reason })),
    macros,
  };
}
