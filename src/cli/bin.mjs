#!/usr/bin/env node
// The package's `replycoach` command: runs the command line that `npm run build` bundles.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../../dist/cli/replycoach.mjs', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write('replycoach: the command line is not built yet: run `npm run build` first\n');
  process.exit(2);
}
await import(built.href);
