// Global setup of the e2e project: builds the extension into dist/ so the tests
// always run what would ship.
import { build } from 'vite';
import { ROOT } from './harness';

export default async function setup(): Promise<void> {
  await build({ root: ROOT, configFile: `${ROOT}/vite.config.ts`, mode: 'production', logLevel: 'warn' });
}
