import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, runnerImport, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

/**
 * The hosts the site adapters declare: the content script's `matches`, which manifest.json
 * leaves out so that adding a site is one file in src/content/sites/. Loaded through
 * Vite's module runner rather than imported by this config: bundled into it, the
 * adapters' extensionless imports are what Vite's coming native config loader refuses,
 * and it says so on every build and test run.
 */
async function adapterHosts(): Promise<string[]> {
  const { module } = await runnerImport<typeof import('./src/content/sites/adapters')>('./src/content/sites/adapters.ts');
  return [...module.ADAPTER_HOSTS];
}

/**
 * The default rules compiled at build time (src/engine/rule-tables.ts): the scorer imports
 * them as `virtual:replycoach/rule-tables`, so a worker that wakes loads data instead of
 * proving the literals of ~1,150 patterns and building their automata. Every product and
 * test run that bundles the engine goes through this plugin (modes below, and mode
 * `engine` for the benches and scripts). Typed arrays go into the module as base64.
 */
function ruleTables(): Plugin {
  const id = 'virtual:replycoach/rule-tables';
  const generator = fileURLToPath(new URL('./src/engine/rule-tables.ts', import.meta.url));
  let code: Promise<string> | undefined;
  return {
    name: 'replycoach-rule-tables',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      code ??= runnerImport<typeof import('./src/engine/rule-tables')>(generator, { configFile: false, logLevel: 'error' }).then(
        ({ module }) => `const decode = ${decodeBase64};\nexport default ${asCode(module.buildRuleTables())};\n`,
      );
      return code;
    },
    // A rule or the compiler changed: the next load compiles again (watch mode, vitest --watch).
    watchChange(changed) {
      if (changed.includes('/src/engine/')) code = undefined;
    },
  };
}

type TypedArray = Uint8Array | Uint16Array | Int32Array;

/**
 * Runs in the bundle: the typed array whose bytes `base64` holds (little-endian, as every target
 * is). The browsers' own decoder where there is one (Chrome 140, Firefox 133), Node's Buffer in
 * Node before 22 (the command line; the loop below cost ~20 ms of its start), else a loop.
 */
function decodeBase64(base64: string, Type: new (buffer: ArrayBuffer) => TypedArray): TypedArray {
  const native = Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array };
  if (native.fromBase64) return new Type(native.fromBase64(base64).buffer as ArrayBuffer);
  const node = (globalThis as { Buffer?: { from: (text: string, encoding: 'base64') => Uint8Array } }).Buffer;
  if (node) {
    // Copied out: a small Buffer's bytes sit in a shared pool, at any offset.
    const bytes = node.from(base64, 'base64');
    return new Type(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  }
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Type(bytes.buffer);
}

/** A JavaScript expression for plain data whose typed arrays are decoded from base64. */
function asCode(value: unknown): string {
  if (ArrayBuffer.isView(value)) {
    const bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
    return `decode(${JSON.stringify(bytes)}, ${value.constructor.name})`;
  }
  if (Array.isArray(value)) return `[${value.map(asCode).join(',')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${asCode(v)}`).join(',')}}`;
  return JSON.stringify(value);
}

/**
 * The content script ships as one classic script (no loader, no dynamic import, no
 * web-accessible chunks a page could probe for), built after crxjs has written the
 * rest of dist/ and then put back into the manifest under its built name, with the
 * adapters' hosts. crxjs never sees this entry, so both browsers' builds get the same.
 */
function classicContentScript(target: string, finish: (manifest: Record<string, unknown>) => void = () => {}): Plugin {
  const [script] = manifest.content_scripts;
  let outDir = 'dist';
  return {
    name: 'replycoach-classic-content-script',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          target,
          lib: { entry: script!.js[0]!, formats: ['iife'], name: 'ReplyCoachContent', fileName: () => 'content.js' },
        },
      });
      copyFileSync(script!.css[0]!, join(outDir, 'content.css'));
      const built = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
      built.content_scripts = [{ matches: await adapterHosts(), ...script, js: ['content.js'], css: ['content.css'] }];
      finish(built);
      writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}

/**
 * Firefox (MV3) runs the same worker code as an event page: crxjs writes
 * `background.scripts` in its Firefox mode, and the build adds the add-on id and
 * the data collection declaration AMO asks for. Chrome-only keys are left out.
 */
const GECKO = { id: 'replycoach@replycoach.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } };

function forFirefox(built: Record<string, unknown>): void {
  // 140 is the ESR many companies deploy; data_collection_permissions came to Android in 142.
  built.browser_specific_settings = { gecko: GECKO, gecko_android: { strict_min_version: '142.0' } };
  // Firefox reads managed storage from policies.json without a schema (see README).
  delete built.storage;
  delete built.minimum_chrome_version;
}

// One config, three products from the same engine: the extension for Chromium browsers
// (default mode, `dist/`), the same extension for Firefox (`vite build --mode firefox`,
// `dist-firefox/`) and the `replycoach` command line (`vite build --mode cli`); and the
// unit and e2e tests (`test`), and the engine alone for benches and scripts (`engine`).
/**
 * The engine's output in ASCII: the rules' curly quotes, "…" and "£" escaped (Rolldown keeps
 * each string's and regex's meaning) and the doc comments, which hold more, left out (legal
 * and annotation comments stay). A script with no other character is read and parsed as
 * one-byte text, where a single "’" makes all of it two-byte: Node read the 2.5 MB bundle in
 * about 2/3 of the time.
 */
const ASCII = { charset: 'ascii' as const, comments: { legal: true, annotation: true, jsdoc: false } };
const ASCII_OUTPUT = { rollupOptions: { output: ASCII } };

/**
 * What `charset: 'ascii'` leaves: characters in the text of String.raw templates, whose raw text
 * is their value. Each is written as a substitution of itself, `${"\u2019"}`, which String.raw
 * joins in as the same character. A template this cannot read for sure (a character after a
 * backslash, a substitution holding quotes or braces) is left as it is, and so is any other tag.
 */
function asciiRawTemplates(): Plugin {
  const TAG = 'String.raw`';
  return {
    name: 'replycoach-ascii-raw-templates',
    renderChunk(code) {
      if (!/[^\x00-\x7f]/.test(code)) return null;
      let out = '';
      let copied = 0;
      for (let tag = code.indexOf(TAG); tag >= 0; tag = code.indexOf(TAG, tag + 1)) {
        const body = tag + TAG.length;
        const escaped = rawTemplateInAscii(code, body);
        if (escaped === null) continue;
        out += code.slice(copied, body) + escaped.text;
        copied = escaped.end;
        tag = escaped.end - 1;
      }
      return copied === 0 ? null : { code: out + code.slice(copied), map: null };
    },
  };
}

/** The template text from `from` (after its opening backtick) to its closing backtick, in ASCII; null when unsure. */
function rawTemplateInAscii(code: string, from: number): { text: string; end: number } | null {
  let text = '';
  for (let i = from; i < code.length; i++) {
    const c = code[i]!;
    if (c === '`') return { text: `${text}\``, end: i + 1 };
    if (c === '\\') {
      if (code.charCodeAt(i + 1) > 0x7f) return null;
      text += code.slice(i, i + 2);
      i++;
    } else if (c === '$' && code[i + 1] === '{') {
      const close = code.indexOf('}', i);
      const expression = code.slice(i + 2, close);
      if (close < 0 || /[`'"{\\/]/.test(expression)) return null;
      text += code.slice(i, close + 1);
      i = close;
    } else if (code.charCodeAt(i) > 0x7f) text += `\${"\\u${code.charCodeAt(i).toString(16).padStart(4, '0')}"}`;
    else text += c;
  }
  return null;
}

export default defineConfig(({ mode }) => {
  if (mode === 'engine') return { plugins: [ruleTables(), asciiRawTemplates()], publicDir: false, build: ASCII_OUTPUT }; // the engine alone: benches and scripts
  if (mode === 'cli') {
    return {
      plugins: [ruleTables(), asciiRawTemplates()],
      build: {
        outDir: 'dist/cli',
        emptyOutDir: true,
        target: 'node20',
        ssr: 'src/cli/main.ts',
        rollupOptions: { output: { entryFileNames: 'replycoach.mjs', format: 'es', ...ASCII } },
      },
      ssr: { noExternal: true },
    };
  }
  if (mode === 'test') {
    // `vitest run`: unit tests first, then the extension in Chromium (built by the
    // e2e global setup), one browser at a time on a small machine.
    return {
      plugins: [ruleTables()],
      test: {
        projects: [
          // A hang guard, not a timing: whole-set and CLI tests take seconds on a busy two-core machine.
          { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
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
  if (mode === 'firefox') {
    const background = { scripts: [rest.background.service_worker], type: rest.background.type };
    return {
      plugins: [ruleTables(), asciiRawTemplates(), crx({ manifest: { ...rest, background } as never, browser: 'firefox' }), classicContentScript('firefox140', forFirefox)],
      build: { outDir: 'dist-firefox', emptyOutDir: true, target: 'firefox140', ...ASCII_OUTPUT },
    };
  }
  return {
    plugins: [ruleTables(), asciiRawTemplates(), crx({ manifest: rest as never }), classicContentScript('chrome120')],
    build: { outDir: 'dist', emptyOutDir: false, target: 'chrome120', ...ASCII_OUTPUT },
  };
});
