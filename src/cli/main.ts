// Entry of the `replycoach` command (built into dist/cli/replycoach.mjs by `vite build --mode cli`).
import { nodeIo } from './node-io';
import { run } from './run';

// `replycoach check --jsonl big.jsonl | head` closes the pipe early: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await run(process.argv.slice(2), nodeIo());
