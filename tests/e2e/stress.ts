// Helpers for tests that push the content script hard: many input events, and a check
// that the page's main thread is still free.
import type { Page } from 'playwright-core';

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
