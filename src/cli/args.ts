// Turns argv into one command, or a UsageError that the caller reports with exit code 2.
import { parseArgs } from 'node:util';
import type { AuditFormat } from './audit';

type Format = 'text' | 'json' | 'jsonl';

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'rules'; json: boolean }
  | { name: 'check'; format: Format; files: string[]; customer?: string; customerName?: string; policy?: string }
  | { name: 'audit'; format: AuditFormat; path: string; policy?: string; fix?: Fix };

/** `audit --fix` / `--dry-run`: write a corrected copy of the export, or show it as diffs. */
export interface Fix {
  dryRun: boolean;
  /** Where the copy goes; next to the export (`EXPORT.fixed.json`) when not given. */
  out?: string;
  /** Replace an existing file at `out` (never the export itself). */
  force: boolean;
  /** Where `--fix` also writes what it did, as JSON for a program (`--report-json FILE`). */
  reportJson?: string;
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  replycoach check [--json] [--customer FILE] [--customer-name NAME] [--policy FILE] [FILE ...]
  replycoach check --jsonl [--policy FILE] [CASES.jsonl]
  replycoach audit [--format table|json|csv] [--policy FILE] EXPORT.json|FOLDER
  replycoach audit --fix [--out FILE] [--report-json FILE] [--force] [--policy FILE] EXPORT.json
  replycoach audit --dry-run [--out FILE] [--policy FILE] EXPORT.json
  replycoach rules [--json]

Scores a customer-support reply: flags phrases that hurt and suggests listening and
ownership moves (the rules are listed by \`replycoach rules\`).

check      one reply per FILE; with no FILE (or "-"), the reply is read from stdin
  --customer FILE  the customer's message the reply answers (sharper suggestions)
  --customer-name NAME
                   the requester's name as the help desk shows it ("Dana Reyes"): a
                   greeting that names someone else is flagged (wrong-name)
  --policy FILE    a team policy JSON file (severities, weights, phrases, templates)
  --json           one JSON array: {file, scores, findings} per reply
  --jsonl          batch: each input line is {"id", "reply", "customer"?, "customerName"?}; each output
                   line is {"id", "scores", "findings"}
audit      scores a team's saved replies and ranks them worst first: a Zendesk macros
           export ({"macros": [...]}, text from comment_value / comment_value_html),
           a Freshdesk canned-responses export (content / content_html), or a FOLDER
           of .txt, .md and .html files; unfilled-placeholder is not checked, since a
           saved reply's {{placeholders}} and [gaps] are filled each time it is used
  --format table (default), json or csv
  --fix            writes a corrected copy of the export in the helpdesk's own format,
                   EXPORT.fixed.json beside it: every flag that has a swap is applied to
                   the reply's text fields (in HTML, inside text only; {{placeholders}}
                   untouched), every other byte is kept; prints per reply the swaps made,
                   the flags left for a person and the missing moves (never written into
                   a reply). The export itself is never changed
  --out FILE       where --fix writes the copy
  --report-json FILE
                   --fix also writes FILE: per reply its id, title, the swaps made (rule,
                   before, after), the flags left with why, and the missing moves, as JSON
  --force          let --fix replace an existing copy or report (never the export itself)
  --dry-run        prints what --fix would do, with a unified diff per changed reply
                   field, and writes nothing
rules      lists the rules with their default severity

Exit status: 0 when no finding is a warning, 1 when any is, 2 on bad usage, unreadable
input or an invalid policy file. With --fix or --dry-run, the findings counted are those
the fixed copy still has; a copy that cannot be written is exit 2.`;

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        customer: { type: 'string' },
        'customer-name': { type: 'string' },
        policy: { type: 'string' },
        format: { type: 'string' },
        fix: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        'report-json': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // parseArgs' own messages are clear ("Unknown option '--jsn'"); drop its "To specify a positional..." hint.
    throw new UsageError((error as Error).message.split('. To specify')[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: 'help' };
  if (values.version) return { name: 'version' };
  const [name, ...rest] = positionals;
  if (name === undefined) throw new UsageError('missing command (check, audit or rules)');
  if (values.format !== undefined && name !== 'audit') throw new UsageError('--format applies to `audit` only');
  const fixing = values.fix === true || values['dry-run'] === true;
  if (name !== 'audit' && (fixing || values.out !== undefined || values.force || values['report-json'] !== undefined)) {
    throw new UsageError('--fix, --dry-run, --out, --report-json and --force apply to `audit` only');
  }

  if (name === 'rules') {
    if (rest.length > 0 || values.jsonl || values.customer !== undefined || values['customer-name'] !== undefined || values.policy !== undefined) {
      throw new UsageError('`rules` takes no arguments other than --json');
    }
    return { name: 'rules', json: values.json === true };
  }
  if (name === 'audit') {
    if (values.json || values.jsonl || values.customer !== undefined || values['customer-name'] !== undefined) {
      throw new UsageError('`audit` takes --format, --policy, --fix, --dry-run, --out, --report-json and --force only');
    }
    if (rest.length !== 1) throw new UsageError('`audit` reads one export file or folder');
    const format = values.format ?? 'table';
    if (format !== 'table' && format !== 'json' && format !== 'csv') throw new UsageError(`--format must be table, json or csv, not "${format}"`);
    const command: Command = { name: 'audit', format, path: rest[0]! };
    if (values.policy !== undefined) command.policy = values.policy;
    if (!fixing && (values.out !== undefined || values.force || values['report-json'] !== undefined)) throw new UsageError('--out, --report-json and --force apply to `audit --fix` only');
    if (fixing) {
      if (values.format !== undefined) throw new UsageError('--format applies to the audit report; --fix and --dry-run print their own');
      if (values.out === '') throw new UsageError('--out needs a file name');
      if (values.out === '-') throw new UsageError('--out needs a file name: the copy is not written to stdout, where the report goes');
      command.fix = { dryRun: values['dry-run'] === true, force: values.force === true };
      if (values.out !== undefined) command.fix.out = values.out;
      const report = values['report-json'];
      if (report !== undefined) {
        // A dry run writes nothing, not even its report: the text report says what it would do.
        if (values['dry-run']) throw new UsageError('--report-json applies to --fix, which writes files; --dry-run writes nothing');
        if (report === '' || report === '-') throw new UsageError('--report-json needs a file name: stdout carries the text report');
        command.fix.reportJson = report;
      }
    }
    return command;
  }
  if (name !== 'check') throw new UsageError(`unknown command "${name}" (expected check, audit or rules)`);

  if (values.json && values.jsonl) throw new UsageError('--json and --jsonl cannot be combined');
  if (values.jsonl && values.customer !== undefined) {
    throw new UsageError('--customer does not apply to --jsonl: each case carries its own "customer"');
  }
  if (values.jsonl && values['customer-name'] !== undefined) {
    throw new UsageError('--customer-name does not apply to --jsonl: each case carries its own "customerName"');
  }
  if (values.jsonl && rest.length > 1) throw new UsageError('--jsonl reads one CASES.jsonl file (or stdin)');
  const command: Command = { name: 'check', format: values.jsonl ? 'jsonl' : values.json ? 'json' : 'text', files: rest };
  if (values.customer !== undefined) command.customer = values.customer;
  if (values['customer-name'] !== undefined) command.customerName = values['customer-name'];
  if (values.policy !== undefined) command.policy = values.policy;
  return command;
}
