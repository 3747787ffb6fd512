// Runs a TypeScript script (eval, bench) from source through Vite's module runner: no build
// step, no extra dependency. Usage: node tests/tools/run-ts.mjs FILE.ts [ARGS...]; FILE.ts
// exports `main(args)` returning the exit code. The module runner reads no config file, so the
// project's config in mode `engine` lends it its plugins: the one that compiles the engine's
// rule tables.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfigFromFile, runnerImport } from 'vite';

const [file, ...args] = process.argv.slice(2);
const configFile = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));
const { config } = await loadConfigFromFile({ command: 'serve', mode: 'engine' }, configFile, undefined, 'error');
const { module } = await runnerImport(resolve(file), { configFile: false, plugins: config.plugins, logLevel: 'error' });
process.exitCode = await module.main(args);
