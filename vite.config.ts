import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

// One config, two products: the extension (default mode) and the `replycoach`
// command line (`vite build --mode cli`), both built from the same engine.
export default defineConfig(({ mode }) => {
  if (mode === 'cli') {
    return {
      build: {
        outDir: 'dist/cli',
        emptyOutDir: true,
        target: 'node20',
        ssr: 'src/cli/main.ts',
        rollupOptions: { output: { entryFileNames: 'replycoach.mjs', format: 'es' } },
      },
      ssr: { noExternal: true },
    };
  }
  if (mode === 'test') {
    // `vitest run`: unit tests first, then the extension in Chromium (built by the
    // e2e global setup), one browser at a time on a small machine.
    return {
      test: {
        projects: [
          { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
          {
            extends: true,
            test: {
              name: 'e2e',
              include: ['tests/e2e/**/*.test.ts'],
              globalSetup: ['tests/e2e/build.ts'],
              fileParallelism: false,
              testTimeout: 60_000,
              hookTimeout: 60_000,
              sequence: { groupOrder: 1 },
            },
          },
        ],
      },
    };
  }
  return {
    plugins: [crx({ manifest: manifest as never })],
    build: { outDir: 'dist', emptyOutDir: false, target: 'chrome120' },
  };
});
