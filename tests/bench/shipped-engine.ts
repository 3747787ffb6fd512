// The engine as it ships: bundled by Vite, as in the worker and the command line. (Loaded
// from source through Vite's module runner, every call across modules would go through
// the runner's import accessors, which the shipped code does not pay.)
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Bundles the engine as it ships and returns the path of the CommonJS file. */
export async function shippedEngineFile(): Promise<string> {
  // A directory of its own: node_modules may be shared by several work trees running benches at once.
  const outDir = `${mkdtempSync(join(tmpdir(), 'replycoach-bench-'))}/`;
  await build({
    // The project's config in mode `engine`: only the plugin that compiles the rule tables.
    configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
    mode: 'engine',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'node20',
      ssr: fileURLToPath(new URL('../../src/engine/index.ts', import.meta.url)),
      rollupOptions: { output: { entryFileNames: 'engine.cjs', format: 'cjs' } },
    },
    ssr: { noExternal: true },
  });
  return `${outDir}engine.cjs`;
}

export async function shippedEngine(): Promise<typeof import('../../src/engine')> {
  // Node's own loader: importing through the module runner would wrap it again.
  return createRequire(import.meta.url)(await shippedEngineFile());
}
