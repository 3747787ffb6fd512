import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { build, defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

/**
 * The content script ships as one classic script (no loader, no dynamic import, no
 * web-accessible chunks a page could probe for), built after crxjs has written the
 * rest of dist/ and then put back into the manifest under its built name.
 */
function classicContentScript(): Plugin {
  const [script] = manifest.content_scripts;
  return {
    name: 'replycoach-classic-content-script',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'chrome120',
          lib: { entry: script!.js[0]!, formats: ['iife'], name: 'ReplyCoachContent', fileName: () => 'content.js' },
        },
      });
      copyFileSync(script!.css[0]!, 'dist/content.css');
      const built = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
      built.content_scripts = [{ ...script, js: ['content.js'], css: ['content.css'] }];
      writeFileSync('dist/manifest.json', `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}

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
              // Waits for the browser, not timed assertions: generous on a loaded machine.
              expect: { poll: { timeout: 10_000, interval: 50 } },
              hookTimeout: 60_000,
              sequence: { groupOrder: 1 },
            },
          },
        ],
      },
    };
  }
  const { content_scripts: _, ...rest } = manifest;
  return {
    plugins: [crx({ manifest: rest as never }), classicContentScript()],
    build: { outDir: 'dist', emptyOutDir: false, target: 'chrome120' },
  };
});
