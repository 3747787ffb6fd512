// The `replycoach` command, with its input and output injected so tests can drive it.
import { createScorer, RULES } from '../engine';
import type { Result, ScoreInput, Settings } from '../engine';
import packageJson from '../../package.json' with { type: 'json' };
import { parseCommand, UsageError, USAGE } from './args';
import type { Command, Fix } from './args';
import { fixExport } from './audit-fix';
import { fixReportJson, formatFixReport } from './audit-fix-report';
import { formatJson, formatJsonLine, formatRules, formatText } from './format';
import type { Report } from './format';
import { audit, fileReply, formatAudit, parseExport, progressBar, rank, type SavedReply } from './audit';
import { printable } from './printable';
import { displayName, InputError, parseCases, readMessage, readPolicy, readText, STDIN } from './input';
import type { Source } from './input';

export interface Io extends Source {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when nothing is piped in: reading stdin would wait for the keyboard. */
  stdinIsTTY: boolean;
  /** True when stderr is a terminal: `audit` then draws a progress bar for big exports. */
  stderrIsTTY?: boolean;
  /** The files under `path` (relative, sorted) when it is a folder; undefined when it is not. */
  listFiles?(path: string): Promise<string[] | undefined>;
  /** Creates the file `path` (UTF-8); an existing one is replaced only when `replace`, else the error's code is EEXIST. */
  writeFile?(path: string, text: string, replace: boolean): Promise<void>;
  /** True when both paths name one existing file, through links or another spelling of the path. */
  sameFile?(a: string, b: string): Promise<boolean>;
}

/** The streams every command writes to: printable text, plus the raw stream the progress bar redraws on. */
interface SafeIo extends Io {
  progress(text: string): void;
}

const EXIT = { ok: 0, warnings: 1, error: 2 } as const;

/** Runs one command line and returns its exit code. */
export async function run(argv: string[], raw: Io): Promise<number> {
  // Output and messages can carry input text: none of it may drive the terminal. The
  // progress bar (audit) draws with the raw stream.
  const io: SafeIo = { ...raw, stdout: (text) => raw.stdout(printable(text)), stderr: (text) => raw.stderr(printable(text)), progress: raw.stderr };
  try {
    const command = parseCommand(argv);
    switch (command.name) {
      case 'help':
        io.stdout(USAGE + '\n');
        return EXIT.ok;
      case 'version':
        io.stdout(packageJson.version + '\n');
        return EXIT.ok;
      case 'rules':
        io.stdout(command.json ? JSON.stringify(RULES, null, 2) + '\n' : formatRules(RULES));
        return EXIT.ok;
      case 'check':
        return await check(command, io);
      case 'audit':
        return await runAudit(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`replycoach: ${error.message}\nRun \`replycoach --help\` for usage.\n`);
      return EXIT.error;
    }
    if (error instanceof InputError) {
      io.stderr(error.message.replace(/^/gm, 'replycoach: ') + '\n');
      return EXIT.error;
    }
    throw error;
  }
}

async function check(command: Extract<Command, { name: 'check' }>, io: Io): Promise<number> {
  const files = command.files.length > 0 ? command.files : [STDIN];
  if (files.filter((file) => file === STDIN).length > 1) throw new UsageError('stdin ("-") can be read only once');
  if (files.includes(STDIN) && io.stdinIsTTY) {
    throw new UsageError('no input: pass FILE arguments or pipe a reply on stdin');
  }
  const settings: Settings = command.policy === undefined ? {} : await readPolicy(command.policy, io);
  const scoreReply = createScorer(settings);
  const hasWarning = (result: Result) => result.findings.some((finding) => finding.severity === 'warn');

  if (command.format === 'jsonl') {
    const path = files[0]!;
    const cases = parseCases(await readText(path, io), path);
    let warned = false;
    for (const { id, ...input } of cases) {
      const result = scoreReply(input);
      warned ||= hasWarning(result);
      io.stdout(formatJsonLine(id, result));
    }
    return warned ? EXIT.warnings : EXIT.ok;
  }

  // Everything is read before anything is printed: bad input gives a clean exit 2, no partial report.
  const customer = command.customer === undefined ? undefined : await readMessage(command.customer, io, 'the customer message');
  const texts: string[] = [];
  for (const file of files) texts.push(await readMessage(file, io)); // one at a time: a macro folder may hold thousands
  const reports: Report[] = files.map((file, index) => {
    const reply = texts[index]!;
    const input: ScoreInput = { reply };
    if (customer !== undefined) input.customer = customer;
    if (command.customerName !== undefined) input.customerName = command.customerName;
    const result = scoreReply(input);
    return { file: displayName(file), text: reply, result };
  });
  io.stdout(command.format === 'json' ? formatJson(reports) : formatText(reports));
  return reports.some((report) => hasWarning(report.result)) ? EXIT.warnings : EXIT.ok;
}

/** Exports with at least this many replies get a progress bar (when stderr is a terminal). */
const PROGRESS_FROM = 200;
const REPLY_FILE = /\.(txt|text|md|html?)$/i;

async function runAudit(command: Extract<Command, { name: 'audit' }>, io: SafeIo): Promise<number> {
  const policy: Settings = command.policy === undefined ? {} : await readPolicy(command.policy, io);
  // A saved reply is a template: its {{placeholders}} and [gaps] are filled each time it is used.
  const settings: Settings = { ...policy, rules: { ...policy.rules, 'unfilled-placeholder': { severity: 'off' } } };
  const files = await io.listFiles?.(command.path);
  if (command.fix) {
    if (files) throw new UsageError('--fix and --dry-run rewrite a helpdesk export file, not a folder');
    return await runFix(command.path, command.fix, settings, io);
  }
  let replies: SavedReply[];
  if (files) {
    replies = [];
    for (const file of files.filter((name) => REPLY_FILE.test(name))) {
      replies.push(fileReply(file, await readText(`${command.path.replace(/\/+$/, '')}/${file}`, io)));
    }
    if (replies.length === 0) throw new InputError(command.path, ['no .txt, .md or .html files in this folder']);
  } else {
    const file = displayName(command.path);
    const parsed = parseExport(await readText(command.path, io), file);
    replies = parsed.replies;
    for (const { position, reason } of parsed.skipped) io.stderr(`replycoach: ${file}: item ${position} skipped: ${reason}\n`);
  }
  const progress = io.stderrIsTTY && replies.length >= PROGRESS_FROM ? progressBar(replies.length, io.progress) : undefined;
  const ranked = rank(audit(replies, createScorer(settings), progress));
  io.stdout(formatAudit(ranked, command.format));
  return ranked.some(({ result }) => result.findings.some((f) => f.severity === 'warn')) ? EXIT.warnings : EXIT.ok;
}

/** `EXPORT.fixed.json` beside `EXPORT.json` (or beside `EXPORT`, whatever it is called). */
const fixedPath = (path: string): string => path.replace(/(\.json)?$/i, '.fixed.json');

/** `audit --fix` and `--dry-run`: the corrected copy, written (never over the export) or shown as diffs. */
async function runFix(path: string, fix: Fix, settings: Settings, io: SafeIo): Promise<number> {
  if (path === STDIN && !fix.dryRun && fix.out === undefined) throw new UsageError('--fix reading the export from stdin needs --out FILE');
  const file = displayName(path);
  const out = fix.out ?? (path === STDIN ? 'fixed.json' : fixedPath(path));
  // Checked before any work: the original export is never overwritten, not even with --force.
  if (!fix.dryRun && path !== STDIN && (out === path || (await io.sameFile?.(out, path)))) {
    throw new InputError(out, [`is the export itself: --fix never overwrites the original; choose another --out`]);
  }
  const report = fix.reportJson;
  if (report !== undefined) {
    if (report === out || (await io.sameFile?.(report, out))) throw new InputError(report, ['is where the fixed copy goes: choose another --report-json']);
    if (path !== STDIN && (report === path || (await io.sameFile?.(report, path)))) throw new InputError(report, ['is the export itself: --fix never overwrites the original']);
  }
  const read = await readText(path, io, true);
  const bom = read.startsWith('\ufeff') ? '\ufeff' : ''; // written back: the copy starts as the export does
  const source = read.slice(bom.length);
  const progress = (total: number) => (io.stderrIsTTY && total >= PROGRESS_FROM ? progressBar(total, io.progress) : undefined);
  const fixed = fixExport(source, file, createScorer(settings), progress);
  for (const { position, reason } of fixed.skipped) io.stderr(`replycoach: ${file}: item ${position} skipped: ${reason}\n`);
  const changed = fixed.text !== source;
  if (changed && !fix.dryRun) await writeCopy(out, bom + fixed.text, fix.force, io);
  // Written after the copy, so `fixed` in it names a file that exists.
  if (report !== undefined) await writeCopy(report, `${JSON.stringify(fixReportJson(fixed, { file, written: changed ? out : null }), null, 2)}\n`, fix.force, io);
  io.stdout(formatFixReport(fixed, { file, out, diffs: fix.dryRun }));
  if (!changed) io.stdout('Nothing to swap: no file written.\n');
  else if (fix.dryRun) io.stdout(`Dry run: nothing written (--fix would write ${out}).\n`);
  else io.stdout(`Wrote ${out}; ${file} is unchanged.\n`);
  return fixed.items.some(({ result }) => result.findings.some((f) => f.severity === 'warn')) ? EXIT.warnings : EXIT.ok;
}

async function writeCopy(out: string, text: string, force: boolean, io: Io): Promise<void> {
  if (!io.writeFile) throw new InputError(out, ['cannot write files here']);
  try {
    await io.writeFile(out, text, force);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new InputError(out, ['already exists: pass --force to replace it, or choose another --out']);
    throw new InputError(out, [`cannot write: ${code === 'ENOENT' ? 'no such folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message}`]);
  }
}
