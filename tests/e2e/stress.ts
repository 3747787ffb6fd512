// Helpers for tests that push the content script hard: many input events, and a check
// that the page's main thread is still free.
import type { CDPSession, Page } from 'playwright-core';

/** Resolves once the page has rendered another frame: its main thread is free. */
export const nextFrame = (page: Page): Promise<boolean> =>
  page.evaluate(() => new Promise<boolean>((done) => requestAnimationFrame(() => done(true))));

/**
 * Types `count` characters of `text` (repeated) into the focused editor, one input event
 * each, yielding to the event loop between them as real keystrokes do (so mutation
 * observers and the extension's port messages interleave), but far faster than a person.
 */
export function rapidInput(page: Page, text: string, count: number): Promise<void> {
  return page.evaluate(
    async ([t, n]) => {
      const yieldNow = (): Promise<void> => (globalThis as unknown as { scheduler: { yield(): Promise<void> } }).scheduler.yield();
      for (let i = 0; i < n; i++) {
        document.execCommand('insertText', false, t.charAt(i % t.length));
        await yieldNow();
      }
    },
    [text, count] as const,
  );
}

/** The content script's isolated world in `page`, reached over the DevTools protocol. */
export interface ContentWorld {
  cdp: CDPSession;
  contextId: number;
  /** Event listeners on window and document, observers alive in the content script's world. */
  counts(): Promise<{ listeners: number; mutationObservers: number; resizeObservers: number }>;
  /** The page's JS heap in use after a full garbage collection, in bytes (all worlds). */
  heapUsed(): Promise<number>;
}

export async function contentWorld(page: Page): Promise<ContentWorld> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable');
  const deadline = Date.now() + 10_000;
  while (!worlds.some((w) => w.auxData?.type === 'isolated' && w.name === 'ReplyCoach')) {
    if (Date.now() > deadline) throw new Error('the content script did not start');
    await new Promise((done) => setTimeout(done, 50));
  }
  const contextId = worlds.findLast((w) => w.auxData?.type === 'isolated' && w.name === 'ReplyCoach')!.id;
  const objectId = async (expression: string): Promise<string> =>
    (await cdp.send('Runtime.evaluate', { expression, contextId })).result.objectId!;
  const live = async (constructor: string): Promise<number> => {
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: await objectId(`${constructor}.prototype`) });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId!, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
    return result.value as number;
  };
  return {
    cdp,
    contextId,
    async counts() {
      await cdp.send('HeapProfiler.collectGarbage');
      let listeners = 0;
      for (const target of ['window', 'document']) {
        listeners += (await cdp.send('DOMDebugger.getEventListeners', { objectId: await objectId(target) })).listeners.length;
      }
      return { listeners, mutationObservers: await live('MutationObserver'), resizeObservers: await live('ResizeObserver') };
    },
    async heapUsed() {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
    },
  };
}

/** Opens Gmail's pop-out compose, types into it and discards it, `times` times. */
export async function composeCycles(page: Page, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.click('#compose');
    await page.keyboard.insertText(`Reply ${i}: it is our policy.`);
    // The coach follows each new box: its marks land in it before it goes.
    await page.waitForFunction(() =>
      [...CSS.highlights].filter(([n]) => n.startsWith('replycoach-warn')).flatMap(([, h]) => [...h] as Range[]).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).some((r) => r.startContainer.parentElement?.closest('[role=dialog]')),
    );
    await page.evaluate(() => document.querySelector('[role=dialog]')!.remove());
  }
}
