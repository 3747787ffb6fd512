// Zendesk agent workspace: the CKEditor 5 composer, whose observers revert direct
// DOM edits, so text goes in as `beforeinput` (or a paste); the customer is the
// latest end-user comment in the conversation log.
import { insertByBeforeInput, insertByCommand, insertByPaste, isPlain, settle } from '../insert';
import { readText } from '../text';
import { GENERIC_BOXES, type Site } from './site';

const COMPOSER = '[data-test-id^="omnicomposer-"][contenteditable="true"], .ck-editor__editable[contenteditable="true"]';
const QUOTES = 'blockquote, .zd-quoted, .quotation';

export const zendesk: Site = {
  matches: (url) => url.hostname.endsWith('.zendesk.com'),
  boxes: `${COMPOSER}, ${GENERIC_BOXES}`,
  excluded: QUOTES,
  customerMessage() {
    const items = [...document.querySelectorAll('[data-test-id="omni-log-item-message"][type="end-user"]')];
    for (const item of items.reverse()) {
      const body = item.querySelector('.zd-comment, [data-test-id="omni-log-message-content"]') ?? item;
      const text = readText(body, QUOTES, { drop: true }).text.trim();
      if (text) return text;
    }
    return undefined;
  },
  async insert(box, text) {
    if (isPlain(box)) return insertByCommand(box, text);
    box.focus();
    await settle();
    return insertByBeforeInput(box, text) || insertByPaste(box, text) || insertByCommand(box, text);
  },
};
