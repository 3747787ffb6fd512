// Reading the customer's side of a conversation: the newest message on the page
// that matches an adapter's selector, as text, without its quoted history.
import { readText, unseen } from '../text';

export interface ThreadShape {
  /** The customer's messages (their bodies, or items holding a body). */
  messages: string;
  /** Within an item, its body; the item itself when absent or not found (unless `bodyRequired`). */
  body?: string;
  /** An item without its `body` is passed over rather than read whole (its headers and buttons are no message). */
  bodyRequired?: boolean;
  /** Items `messages` finds that are not the customer's after all (in Gmail, the agent's own mail). */
  skip?(item: Element): boolean;
  /** Parts of a body that are not the customer's new words. */
  quotes: string;
  /** Where a body's quoted history starts: nothing from there on is read. */
  historyFrom?: string;
}

/**
 * The window that stands for the page: this one, or, in a blank frame an editor made
 * (about:blank, srcdoc), the nearest ancestor with an address that this frame can read.
 */
export function pageWindow(): Window {
  let frame: Window = window;
  try {
    while (frame.location.protocol === 'about:' && frame !== frame.parent) {
      void frame.parent.location.href; // throws for a cross-origin parent
      frame = frame.parent;
    }
  } catch {
    // A cross-origin parent: stay with the last readable frame.
  }
  return frame;
}

/** The document that shows the conversation. */
const threadDocument = (): Document => pageWindow().document;

/** `el`, or the frame element that holds it in `doc`. */
function anchorIn(doc: Document, el: Element): Element {
  let node: Element | null = el;
  while (node && node.ownerDocument !== doc) node = node.ownerDocument.defaultView?.frameElement ?? null;
  return node ?? el;
}

/** The customer's messages (the items holding them) in `root`, oldest first. */
export function customerItems(shape: ThreadShape, root: ParentNode = threadDocument()): Element[] {
  return [...root.querySelectorAll(shape.messages)].filter((item) => !shape.skip?.(item));
}

/** The item holding the latest non-empty customer message, and that message. */
export function latestItem(shape: ThreadShape, root: ParentNode = threadDocument()): { item: Element; text: string } | undefined {
  for (const item of customerItems(shape, root).reverse()) {
    const text = readMessage(shape, item);
    if (text) return { item, text };
  }
  return undefined;
}

/** The latest non-empty customer message, or undefined when the page shows none. */
export const latestMessage = (shape: ThreadShape, root?: ParentNode): string | undefined => latestItem(shape, root)?.text;

function readMessage(shape: ThreadShape, item: Element): string {
  const body = shape.body ? item.querySelector(shape.body) : null;
  if (!body && shape.bodyRequired) return '';
  return readCustomer(body ?? item, shape.quotes, shape.historyFrom);
}

/**
 * A customer message's own words, as the agent sees them: quotes and history dropped, and
 * nothing the page hides from view (CSS-hidden, transparent, clipped or off-screen text),
 * so words the agent cannot see never count as the customer's or fill a ready sentence.
 */
function readCustomer(body: Element, quotes: string, historyFrom?: string): string {
  if (unseen(body)) return '';
  return readText(body, quotes, historyFrom ? { drop: true, stopAt: historyFrom, visibleOnly: true } : { drop: true, visibleOnly: true }).text.trim();
}

/**
 * The item holding the customer message right after `box` in the page (threads shown
 * newest on top put the reply above the message it answers), else the last one before it.
 */
export function nearestItem(shape: ThreadShape, reply: Element): { item: Element; text: string } | undefined {
  const doc = threadDocument();
  const box = anchorIn(doc, reply);
  const items = customerItems(shape, doc).filter((item) => !item.contains(box) && !box.contains(item));
  const after = items.filter((item) => box.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_FOLLOWING);
  const before = items.filter((item) => !after.includes(item));
  for (const item of [...after, ...before.reverse()]) {
    const text = readMessage(shape, item);
    if (text) return { item, text };
  }
  return undefined;
}

/** The customer message beside `reply` (see `nearestItem`), or undefined when the page shows none. */
export const nearestMessage = (shape: ThreadShape, reply: Element): string | undefined => nearestItem(shape, reply)?.text;

/**
 * Longer than this, the text of a name element is not one person's name (a whole header,
 * a list of recipients): it is not sent at all, never cut down to something that looks
 * like a name.
 */
const NAME_CAP = 80;
/** A mail client's "Name <address>" form: the address is not part of the name. */
const TRAILING_ADDRESS = /\s*<[^<>]*@[^<>]*>$/;

/**
 * The customer's display name as the page shows it in `el`: its visible text only (the
 * same rules as the customer's message: nothing hidden, transparent or off-screen), on
 * one line and trimmed, without a trailing "<address>". Undefined when nothing is shown,
 * when it is longer than `NAME_CAP`, or when what is left still holds markup-like
 * characters: a name is only ever text for the engine to compare, and one that looks like
 * markup or a template is no name at all. Never a guess: no element, no name.
 */
export function shownName(el: Element | null | undefined): string | undefined {
  if (!el || unseen(el)) return undefined;
  // Cheap bound before walking: a big element's text is no name however it reads.
  if ((el.textContent?.length ?? 0) > NAME_CAP * 4) return undefined;
  const name = readText(el, '', { drop: true, visibleOnly: true }).text.replace(/\s+/g, ' ').trim().replace(TRAILING_ADDRESS, '');
  if (name === '' || name.length > NAME_CAP || /[<>{}[\]\\\p{Cc}]/u.test(name)) return undefined;
  return name;
}

/** The name shown by the first element matching `selector` in the page that holds the conversation. */
export const pageName = (selector: string): string | undefined => shownName(threadDocument().querySelector(selector));
