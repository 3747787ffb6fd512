// Front: the composer is a rich contenteditable; a reply quotes the thread in
// `blockquote.front-blockquote` (as Front's sent mail shows it) and carries the
// teammate's signature. The customer is the latest inbound message in the conversation.
import { SIGNATURES, type Site } from './site';
import { latestItem, shownName, type ThreadShape } from './thread';

const COMPOSER = '[data-testid="composer"] [contenteditable="true"], .ProseMirror[contenteditable="true"]';
const QUOTES = `.front-blockquote, blockquote, ${SIGNATURES}`;
const THREAD: ThreadShape = { messages: '[data-testid="message"][data-inbound="true"]', body: '[data-testid="message-body"]', quotes: QUOTES };
/**
 * A message's sender: Front's message header (styled components, whose class names keep
 * the component's name and change only their hash suffix) holds the name as the first
 * `div` of `messageViewerRecipient__StyledDetailsWrapperDiv`, before the address in
 * `…StyledHandleSpan` ("<dana@example.net>"), as a public content script for
 * app.frontapp.com reads it.
 */
const SENDER = '[class*="messageViewerRecipient__StyledDetailsWrapperDiv"] > div:first-child';

export const front: Site = {
  hosts: ['https://app.frontapp.com/*'],
  boxes: COMPOSER,
  excluded: QUOTES,
  customerMessage: () => latestItem(THREAD)?.text,
  // The sender of the inbound message the reply is scored against.
  customerName: () => shownName(latestItem(THREAD)?.item.querySelector(SENDER)),
};
