// Input paths that editors accept as if the agent typed: each keeps the editor's
// model in step and its undo history intact, unlike writing to the DOM directly.
import type { ReplyBox } from './sites/site';

export const isPlain = (box: ReplyBox): box is HTMLTextAreaElement | HTMLInputElement =>
  box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement;

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
 * handle typing: they cancel it and apply the text to their model. True if one did.
 */
export function insertByBeforeInput(box: ReplyBox, text: string): boolean {
  const event = new InputEvent('beforeinput', {
    inputType: 'insertText',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  box.dispatchEvent(event);
  return event.defaultPrevented;
}

/** A synthetic paste of plain text, which editors that ignore `beforeinput` still handle. */
export function insertByPaste(box: ReplyBox, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  box.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Lets selection observers (CKEditor syncs its model on `selectionchange`) catch up. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The default path: a model editor takes `beforeinput`; anything else gets the native command. */
export async function insertDefault(box: ReplyBox, text: string): Promise<boolean> {
  if (isPlain(box)) return insertByCommand(box, text);
  await settle();
  return insertByBeforeInput(box, text) || insertByCommand(box, text);
}
