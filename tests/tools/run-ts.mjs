// Runs a TypeScript script (eval, bench) from source through Vite's module runner: no build
// step, no extra dependency. Usage: node tests/tools/run-ts.mjs FILE.ts [ARGS...]; FILE.ts
// exports `main(args)` returning the exit code.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const [file, ...args] = process.argv.slice(2);
const { module } = await runnerImport(resolve(file), { configFile: false, logLevel: 'error' });
process.exitCode = await module.main(args);
