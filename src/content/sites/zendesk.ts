// Zendesk agent workspace: the CKEditor 5 composer, whose observers revert direct DOM
// edits. Text goes in as a paste: CKEditor makes a paste its own undo step, while text
// given as typing (`beforeinput`) joins the agent's last typed words, so one Ctrl+Z
// would take some of those out too. The customer is the latest end-user comment.
import { insertByBeforeInput, insertByCommand, insertByPaste, insertThrough } from '../insert';
import { GENERIC_BOXES, type Site } from './site';
import { readCustomer } from './thread';

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
      const text = readCustomer(body, QUOTES);
      if (text) return text;
    }
    return undefined;
  },
  customerName() {
    // The sender of the latest end-user comment: the requester, or whoever wrote in last.
    const items = [...document.querySelectorAll('[data-test-id="omni-log-item-message"][type="end-user"]')];
    return items.at(-1)?.querySelector('[data-test-id="omni-log-item-sender"]')?.textContent?.trim() || undefined;
  },
  insert: insertThrough(insertByPaste, insertByBeforeInput, insertByCommand),
};
