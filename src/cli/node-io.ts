// The command line's disk and streams in Node: what main.ts runs with, and what tests
// that write real files use (with their own stdout and stderr).
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { decodeText } from './input';
import type { Io } from './run';

export function nodeIo(): Io {
  return {
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
    // 'wx': created only if absent, in one step, so no file can appear between a check and the write.
    writeFile: (path, text, replace) => writeFile(path, text, { flag: replace ? 'w' : 'wx' }),
    sameFile: async (a, b) => {
      const [x, y] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
      return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
    },
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (chunk) => process.stderr.write(chunk),
  };
}
