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
  return {
    plugins: [crx({ manifest: manifest as never })],
    build: { outDir: 'dist', emptyOutDir: false, target: 'chrome120' },
  };
});
