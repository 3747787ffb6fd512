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

/** The latest non-empty customer message, or undefined when the page shows none. */
export function latestMessage(shape: ThreadShape, root: ParentNode = threadDocument()): string | undefined {
  for (const item of customerItems(shape, root).reverse()) {
    const text = readMessage(shape, item);
    if (text) return text;
  }
  return undefined;
}

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
 * The customer message right after `box` in the page (threads shown newest on top put
 * the reply above the message it answers), else the last one before it.
 */
export function nearestMessage(shape: ThreadShape, reply: Element): string | undefined {
  const doc = threadDocument();
  const box = anchorIn(doc, reply);
  const items = customerItems(shape, doc).filter((item) => !item.contains(box) && !box.contains(item));
  const after = items.filter((item) => box.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_FOLLOWING);
  const before = items.filter((item) => !after.includes(item));
  for (const item of [...after, ...before.reverse()]) {
    const text = readMessage(shape, item);
    if (text) return text;
  }
  return undefined;
}
