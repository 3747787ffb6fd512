// Global setup of the e2e project: makes sure Debian's Chromium is there (installing it
// when running as root, as CI does), then builds the extension into dist/ so the tests
// always run what would ship.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { build } from 'vite';
import { buildEditorBundles } from './editors';
import { CHROMIUM, ROOT } from './harness';

/** Debian ships Chromium's UI languages apart (chromium-l10n); the Spanish e2e test needs one. */
const SPANISH = '/usr/lib/chromium/locales/es.pak';

export function ensureChromium(): void {
  const debian = CHROMIUM === '/usr/bin/chromium';
  if (existsSync(CHROMIUM) && (!debian || existsSync(SPANISH))) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && debian) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', 'chromium', 'chromium-l10n'], { stdio: 'inherit', env });
    return;
  }
  if (existsSync(CHROMIUM)) return; // tests/e2e/locale.test.ts says what is missing
  throw new Error(`Chromium not found at ${CHROMIUM}: run \`apt-get update && apt-get install -y chromium\` as root, or set CHROMIUM_PATH.`);
}

export default async function setup(): Promise<void> {
  ensureChromium();
  await build({ root: ROOT, configFile: `${ROOT}/vite.config.ts`, mode: 'production', logLevel: 'warn' });
  await buildEditorBundles();
}
