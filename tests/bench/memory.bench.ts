// `npm run bench:memory`: the Gmail tab's JS heap and the content script's listeners and
// observers at rest, after 10,000 input events and after 100 and 200 compose boxes opened,
// used and discarded (growth between the two would be a leak). A benchmark, not a test
// (tests/e2e/memory.test.ts asserts the counts): heap figures vary with Chromium's own
// allocations, so they are reported, not judged.
// Writes tests/output/memory-bench.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GMAIL, GMAIL_REPLY, highlighted, launch, OUTPUT } from '../e2e/harness';
import { composeCycles, contentWorld, rapidInput } from '../e2e/stress';

const mb = (bytes: number): number => +(bytes / 1_048_576).toFixed(2);

export async function main(): Promise<number> {
  const session = await launch();
  try {
    const page = await session.context.newPage();
    await page.goto(GMAIL);
    await page.click(GMAIL_REPLY);
    await page.keyboard.type('It is our policy.');
    for (let i = 0; i < 100 && (await highlighted(page)).length === 0; i++) await page.waitForTimeout(50);
    const world = await contentWorld(page);
    const stage = async (name: string) => ({ stage: name, heapMb: mb(await world.heapUsed()), ...(await world.counts()) });

    const rows = [await stage('at rest, reply box followed')];
    await rapidInput(page, ' The system shows it was delivered.', 10_000);
    for (let i = 0; i < 200 && (await highlighted(page)).length < 100; i++) await page.waitForTimeout(50);
    rows.push(await stage('after 10,000 input events'));
    await composeCycles(page, 100);
    await page.click(GMAIL_REPLY);
    await page.waitForTimeout(500);
    rows.push(await stage('after 100 compose boxes'));
    await composeCycles(page, 100);
    await page.click(GMAIL_REPLY);
    await page.waitForTimeout(500);
    rows.push(await stage('after 200 compose boxes'));
    // The reply emptied again: what is left is the coach itself, not the text it was given.
    await page.evaluate((sel) => getSelection()!.selectAllChildren(document.querySelector(sel)!), GMAIL_REPLY);
    await page.keyboard.press('Delete');
    await page.waitForTimeout(500);
    rows.push(await stage('reply cleared'));
    await world.cdp.detach();

    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(join(OUTPUT, 'memory-bench.json'), `${JSON.stringify(rows, null, 2)}\n`);
    console.log(`${'Gmail tab'.padEnd(30)}${'JS heap'.padStart(10)}${'listeners'.padStart(11)}${'mutation obs.'.padStart(15)}${'resize obs.'.padStart(13)}`);
    for (const r of rows) {
      console.log(`${r.stage.padEnd(30)}${`${r.heapMb} MB`.padStart(10)}${String(r.listeners).padStart(11)}${String(r.mutationObservers).padStart(15)}${String(r.resizeObservers).padStart(13)}`);
    }
    console.log('(heap: JSHeapUsedSize after a full garbage collection, the page and the content script together)');
    return 0;
  } finally {
    await session.close();
  }
}
