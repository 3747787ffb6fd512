// The helpdesks' real editors, served to the fixture pages under /vendor/: CKEditor 5
// (Zendesk) and Quill (a team's own helpdesk) from their packages' browser builds, and
// ProseMirror (Intercom) bundled here from its packages, since it ships no browser build.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

// Not taken from harness.ts, which serves these files and so imports this module.
const ROOT = resolve(import.meta.dirname, '../..');
const MODULES = join(ROOT, 'node_modules');
const BUNDLES = join(ROOT, 'tests/output/vendor');

/** What each /vendor/ path serves. */
export const VENDOR: Record<string, string> = {
  'ckeditor5.js': join(MODULES, 'ckeditor5/dist/browser/ckeditor5.js'),
  'ckeditor5.css': join(MODULES, 'ckeditor5/dist/browser/ckeditor5.css'),
  'quill.js': join(MODULES, 'quill/dist/quill.js'),
  'quill.snow.css': join(MODULES, 'quill/dist/quill.snow.css'),
  'prosemirror.js': join(BUNDLES, 'prosemirror.js'),
  'prosemirror.css': join(MODULES, 'prosemirror-view/style/prosemirror.css'),
};

/** Bundles the editors that ship no browser build (once per run; the e2e global setup calls it). */
export async function buildEditorBundles(): Promise<void> {
  mkdirSync(BUNDLES, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: BUNDLES,
      emptyOutDir: false,
      lib: { entry: join(ROOT, 'tests/fixtures/editors/prosemirror.ts'), formats: ['es'], fileName: () => 'prosemirror.js' },
    },
  });
  for (const file of Object.values(VENDOR)) if (!existsSync(file)) throw new Error(`editor file missing: ${file}`);
}
