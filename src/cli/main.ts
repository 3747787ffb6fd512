// Entry of the `replycoach` command (built into dist/cli/replycoach.mjs by `vite build --mode cli`).
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { decodeText } from './input';
import { run } from './run';

// `replycoach check --jsonl big.jsonl | head` closes the pipe early: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await run(process.argv.slice(2), {
  readFile: async (path) => decodeText(await readFile(path)),
  readStdin: async () => decodeText(await buffer(process.stdin)),
  stdinIsTTY: process.stdin.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  listFiles: async (path) => {
    if (!(await stat(path).catch(() => undefined))?.isDirectory()) return undefined;
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => relative(path, `${entry.parentPath}/${entry.name}`))
      .sort();
  },
  // 'wx': created only if absent, in one step, so no file appears in between check and write.
  writeFile: (path, text, replace) => writeFile(path, text, { flag: replace ? 'w' : 'wx' }),
  sameFile: async (a, b) => {
    const [x, y] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
    return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
  },
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
});
