// Input paths that editors accept as if the agent typed: each keeps the editor's
// model in step and its undo history intact, unlike writing to the DOM directly.
// Whether a path worked is judged by what the box holds afterwards, not by whether
// the event was cancelled: CKEditor 5 leaves a synthetic `beforeinput` uncancelled and
// applies it to its model about 60 ms later (once no native input has followed), and
// trying the next path at once put the text in twice.
import type { ReplyBox } from './sites/site';

export const isPlain = (box: ReplyBox): box is HTMLTextAreaElement | HTMLInputElement =>
  box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement;

/** True when the editor took the text; false when the box is as it was. */
type InputPath = (box: ReplyBox, text: string) => boolean | Promise<boolean>;

/** How long an editor may take to apply an input event it did not cancel. */
const APPLY_WAIT_MS = 250;

const contentOf = (box: ReplyBox): string => (isPlain(box) ? box.value : (box.textContent ?? ''));

/** The browser's own editing command: native undo for textareas and plain contenteditables. */
export function insertByCommand(box: ReplyBox, text: string): boolean {
  box.focus();
  if (document.execCommand('insertText', false, text)) return true;
  if (isPlain(box)) {
    // execCommand can be disabled by the page; this loses undo but keeps the text right.
    box.setRangeText(text, box.selectionStart ?? box.value.length, box.selectionEnd ?? box.value.length, 'end');
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return true;
  }
  return false;
}

/**
 * A `beforeinput` event, as model-based editors (CKEditor 5, ProseMirror, Lexical, Slate)
 * handle typing. An editor that cancels it has taken the text, even if it renders later.
 */
export function insertByBeforeInput(box: ReplyBox, text: string): Promise<boolean> {
  const event = new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true });
  return dispatchChanges(box, event);
}

/** A synthetic paste of plain text, which editors that ignore `beforeinput` still handle. */
export function insertByPaste(box: ReplyBox, text: string): Promise<boolean> {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return dispatchChanges(box, new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

/** Dispatches `event` on the box; true once the box's text changes, false if it has not within the wait. */
function dispatchChanges(box: ReplyBox, event: Event): Promise<boolean> {
  const before = contentOf(box);
  box.dispatchEvent(event);
  if (event.defaultPrevented || contentOf(box) !== before) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (changed: boolean): void => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(changed);
    };
    const observer = new MutationObserver(() => {
      if (contentOf(box) !== before) done(true);
    });
    observer.observe(box, { childList: true, characterData: true, subtree: true });
    const timer = setTimeout(() => done(contentOf(box) !== before), APPLY_WAIT_MS);
  });
}

/** Lets selection observers (CKEditor syncs its model on `selectionchange`) catch up. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** An insert that tries `paths` in order and stops at the first that took the text; plain fields get the native command. */
export function insertThrough(...paths: InputPath[]): (box: ReplyBox, text: string) => Promise<boolean> {
  return async (box, text) => {
    if (isPlain(box)) return insertByCommand(box, text);
    box.focus();
    await settle();
    for (const path of paths) if (await path(box, text)) return true;
    return false;
  };
}

/** A model editor takes typing; anything else gets the native command. */
export const insertDefault = insertThrough(insertByBeforeInput, insertByCommand);
