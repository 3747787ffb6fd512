// `npm run demo`: opens Chromium with the built extension on a local demo helpdesk page
// (served over HTTPS as demo.zendesk.com, so the shipped manifest applies as is).
// With a display, the browser stays open until you close it; without one (a server, CI)
// it types a sample reply and saves screenshots of the page and the popup instead.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from '../e2e/build';
import { shownCard } from '../e2e/coach-ui';
import { DEMO, launch, OUTPUT, popupUrl, tabIdOf } from '../e2e/harness';

const SAMPLE =
  'Hi Dana, I understand your frustration. It is our policy to wait 10 days before a refund, ' +
  'and the system shows the parcel was delivered, so you must have missed it. Sorry for the inconvenience.';

export async function main(): Promise<number> {
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  ensureChromium();
  const session = await launch({ headless });
  const page = await session.context.newPage();
  await page.goto(DEMO);
  for (const other of session.context.pages()) if (other !== page) await other.close();

  if (!headless) {
    console.log(`Demo helpdesk open at ${DEMO}. Type a reply, then click the ReplyCoach icon. Close the browser to stop.`);
    // Closing the window or Ctrl+C ends the demo; the temporary profile goes with it.
    await new Promise((done) => {
      session.context.on('close', done);
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    await session.close().catch(() => {});
    return 0;
  }

  mkdirSync(OUTPUT, { recursive: true });
  await page.click('[data-test-id="omnicomposer-demo"]');
  await page.keyboard.type(SAMPLE);
  await page.waitForFunction(() => [...CSS.highlights].some(([n, h]) => n.startsWith('replycoach-warn') && h.size > 0));
  const shots = { page: join(OUTPUT, 'demo-page.png'), popup: join(OUTPUT, 'demo-popup.png') };
  // Rest the pointer on the first marked phrase so the screenshot shows its card.
  const spot = await page.evaluate(() => {
    const range = [...CSS.highlights].filter(([n]) => n.startsWith('replycoach-warn')).flatMap(([, h]) => [...h] as Range[]).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[0] as Range;
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(spot.x, spot.y);
  // The card is in a closed shadow root: wait for it over the DevTools protocol.
  for (let i = 0; i < 100 && !(await shownCard(page)); i++) await page.waitForTimeout(50);
  await page.screenshot({ path: shots.page });
  const tabId = await tabIdOf(session, page);
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(popupUrl(session, tabId));
  await popup.locator('.card').first().waitFor();
  await popup.screenshot({ path: shots.popup, fullPage: true });
  await session.close();
  console.log('No display found, so the demo ran headless. Screenshots:');
  console.log(`  ${shots.page}`);
  console.log(`  ${shots.popup}`);
  return 0;
}
