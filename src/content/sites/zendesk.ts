// Zendesk agent workspace: the CKEditor 5 composer, whose observers revert direct DOM
// edits. Text goes in as a paste: CKEditor makes a paste its own undo step, while text
// given as typing (`beforeinput`) joins the agent's last typed words, so one Ctrl+Z
// would take some of those out too. The customer is the latest end-user comment.
import { insertByBeforeInput, insertByCommand, insertByPaste, insertThrough } from '../insert';
import type { Site } from './site';
import { customerItems, latestMessage, shownName, type ThreadShape } from './thread';

const COMPOSER = '[data-test-id^="omnicomposer-"][contenteditable="true"], .ck-editor__editable[contenteditable="true"]';
const QUOTES = 'blockquote, .zd-quoted, .quotation';
const THREAD: ThreadShape = {
  messages: '[data-test-id="omni-log-item-message"][type="end-user"]',
  body: '.zd-comment, [data-test-id="omni-log-message-content"]',
  quotes: QUOTES,
};

export const zendesk: Site = {
  hosts: ['https://*.zendesk.com/*'],
  boxes: COMPOSER,
  excluded: QUOTES,
  customerMessage: () => latestMessage(THREAD),
  // The sender of the latest end-user comment: the requester, or whoever wrote in last.
  customerName: () => shownName(customerItems(THREAD).at(-1)?.querySelector('[data-test-id="omni-log-item-sender"]')),
  insert: insertThrough(insertByPaste, insertByBeforeInput, insertByCommand),
};
