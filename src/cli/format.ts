// How results are printed: linter-like text, one JSON document, or JSON lines.
import { RULES } from '../engine';
import type { Finding, Result, RuleInfo, Scores } from '../engine';

export interface Report {
  file: string;
  text: string;
  result: Result;
}

const ARROW = '→';
const TITLES = new Map(RULES.map((rule) => [rule.id, rule.title]));
const titled = (finding: Finding) => (TITLES.has(finding.ruleId) ? `${TITLES.get(finding.ruleId)}: ${finding.message}` : finding.message);

/** `file:line:col  severity  rule-id  message  → better phrasing`, a summary line per file, then a total. */
export function formatText(reports: Report[]): string {
  const rows = reports.map((report) => {
    const position = positionsIn(report.text);
    // Spans first, in reply order, then the missing moves (which mark no span).
    const findings = report.result.findings.filter(hasSpan).concat(report.result.findings.filter((finding) => !hasSpan(finding)));
    return findings.map((finding) => [
      hasSpan(finding) ? `${report.file}:${position(finding.start)}` : report.file,
      finding.severity,
      finding.ruleId,
      `${hasSpan(finding) ? `"${oneLine(finding.text)}" ` : ''}${oneLine(titled(finding))}  ${ARROW} ${better(finding)}`,
    ]);
  });
  const widths = [0, 1, 2].map((column) => Math.max(0, ...rows.flat().map((row) => row[column]!.length)));
  const lines: string[] = [];
  reports.forEach((report, index) => {
    for (const row of rows[index]!) lines.push(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
    lines.push(`${report.file}: ${summary(report.result)}`);
  });
  if (reports.length > 1) {
    lines.push('', `${reports.length} replies: ${counts(reports.flatMap((report) => report.result.findings))}`);
  }
  return lines.join('\n') + '\n';
}

export function formatJson(reports: Report[]): string {
  return JSON.stringify(reports.map(({ file, result }) => ({ file, ...result })), null, 2) + '\n';
}

export function formatJsonLine(id: string | number, result: Result): string {
  return JSON.stringify({ id, scores: result.scores, findings: result.findings }) + '\n';
}

export function formatRules(rules: readonly RuleInfo[]): string {
  const rows = rules.map((rule) => [rule.id, rule.kind, rule.category, rule.defaultSeverity, rule.title]);
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n') + '\n';
}

function summary({ scores, findings }: Result): string {
  if (scores.listening === null && scores.ownership === null) return 'empty reply, not scored';
  return `${counts(findings)} · ${formatScores(scores)}`;
}

const formatScores = (scores: Scores) => `listening ${scores.listening ?? '–'} · ownership ${scores.ownership ?? '–'}`;

function counts(findings: Finding[]): string {
  const warns = findings.filter((finding) => finding.severity === 'warn').length;
  const hints = findings.length - warns;
  if (findings.length === 0) return 'no findings';
  return [plural(warns, 'warning'), plural(hints, 'hint')].filter(Boolean).join(', ');
}

const plural = (n: number, word: string) => (n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`);

const hasSpan = (finding: Finding) => finding.end > finding.start;

// A swap with nothing to put in its place (e.g. "Please be advised that") means: just drop the words.
const better = (finding: Finding) => (finding.swap && finding.replacement.trim() === '' ? '(remove it)' : oneLine(finding.replacement));

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** 1-based `line:col` of UTF-16 offsets, as editors and linters print them. */
function positionsIn(text: string): (offset: number) => string {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return `${low + 1}:${offset - lineStarts[low]! + 1}`;
  };
}
