// Worker cold start, as the agent meets it: the extension's service worker has been
// stopped (Chromium stops an idle one after 30 s), the agent presses a key, and the time
// runs from that keydown until the new highlights are registered. It covers starting the
// worker, reading the settings, compiling the rules, scoring the reply and the way back.
import type { Page } from 'playwright-core';
import { stopWorkers, type Session } from '../e2e/harness';

type Probe = { probe: { samples: number[] } };
const sampleCount = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as Probe).probe.samples.length);

/**
 * Milliseconds from keydown to highlight for `runs` keys, each pressed with the worker
 * stopped. Needs the keystroke probe (keystroke.bench.ts) installed in `page`.
 */
export async function coldStarts(session: Session, page: Page, runs: number): Promise<number[]> {
  const ours = `chrome-extension://${session.extensionId}/`;
  const running = (): boolean => session.context.serviceWorkers().some((w) => w.url().startsWith(ours));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await stopWorkers(page);
    for (let t = 0; t < 100 && running(); t++) await page.waitForTimeout(20);
    await page.waitForTimeout(200); // the content script sees its port close
    const before = await sampleCount(page);
    await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
    // Up to ten seconds (the probe's own limit): a slow start is a sample, not a dropped run.
    for (let t = 0; t < 500 && (await sampleCount(page)) === before; t++) await page.waitForTimeout(20);
    const samples = await page.evaluate(() => (window as unknown as Probe).probe.samples);
    if (samples.length > before) times.push(samples.at(-1)!);
  }
  return times;
}
