// Front: the composer is a rich contenteditable; a reply quotes the thread in
// `blockquote.front-blockquote` (as Front's sent mail shows it) and carries the
// teammate's signature. The customer is the latest inbound message in the conversation.
import { SIGNATURES, type Site } from './site';
import { latestMessage } from './thread';

const COMPOSER = '[data-testid="composer"] [contenteditable="true"], .ProseMirror[contenteditable="true"]';
const QUOTES = `.front-blockquote, blockquote, ${SIGNATURES}`;
const CUSTOMER = '[data-testid="message"][data-inbound="true"]';

export const front: Site = {
  hosts: ['https://app.frontapp.com/*'],
  boxes: COMPOSER,
  excluded: QUOTES,
  customerMessage: () => latestMessage({ messages: CUSTOMER, body: '[data-testid="message-body"]', quotes: QUOTES }),
};
