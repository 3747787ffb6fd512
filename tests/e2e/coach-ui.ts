// The coach's own elements on a page (the hover card, the count badge) live in closed
// shadow roots that page scripts cannot open. Tests reach them the way DevTools does, over
// the DevTools protocol (DOM.getDocument with `pierce` lists closed roots too), and act on
// them only with real input (page.mouse), as an agent would.
import type { Page } from 'playwright-core';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface CoachPart {
  kind: 'card' | 'badge';
  /** Whether it takes space on the page (a hidden part has no box at all). */
  shown: boolean;
  rect: Rect;
  mode: string;
  /** The host element's name: a plain element, no custom element name. */
  tag: string;
  text: string;
  why?: string;
  better?: string;
  label?: string;
  title?: string;
  /** The card's Swap/Remove button, with its centre in viewport pixels. */
  button?: { text: string; shown: boolean; x: number; y: number };
  /** Every button on the card (Swap, Dismiss, Never flag this phrase), in order. */
  buttons: { text: string; label: string | null; shown: boolean; x: number; y: number }[];
  /** The card's status line (why an action did not go through), when shown. */
  status?: string;
  /** Computed styles of the card box, to show that the page's CSS did not reach it. */
  style?: { fontFamily: string; fontSize: string; color: string; letterSpacing: string; background: string };
  hostStyle: { opacity: string; filter: string; overflow: string };
  /** Elements inside that page text must never become (markup is only ever set as text). */
  injected: number;
}

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  localName: string;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

const READ = `function () {
  const host = this.host;
  const r = host.getBoundingClientRect();
  const rect = { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  const card = this.querySelector('.card');
  const button = this.querySelector('button');
  const b = button && button.getBoundingClientRect();
  const cs = card && getComputedStyle(card);
  const hs = getComputedStyle(host);
  const label = this.querySelector('span');
  return {
    kind: card ? 'card' : 'badge',
    shown: r.width > 0 && r.height > 0,
    rect,
    mode: this.mode,
    tag: host.localName,
    text: this.textContent,
    why: card ? this.querySelector('.why').textContent : undefined,
    better: card ? this.querySelector('.text').textContent : undefined,
    label: card ? this.querySelector('.label').textContent : label && label.textContent,
    title: card ? undefined : label && label.title,
    button: button ? { text: button.textContent, shown: b.width > 0 && b.height > 0, x: b.left + b.width / 2, y: b.top + b.height / 2 } : undefined,
    buttons: [...this.querySelectorAll('button')].map((each) => {
      const box = each.getBoundingClientRect();
      return { text: each.textContent, label: each.getAttribute('aria-label'), shown: box.width > 0 && box.height > 0, x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }),
    status: card && this.querySelector('.status') && this.querySelector('.status').getClientRects().length > 0 ? this.querySelector('.status').textContent : undefined,
    style: cs ? { fontFamily: cs.fontFamily, fontSize: cs.fontSize, color: cs.color, letterSpacing: cs.letterSpacing, background: cs.backgroundColor } : undefined,
    hostStyle: { opacity: hs.opacity, filter: hs.filter, overflow: hs.overflow },
    injected: this.querySelectorAll('img, script, svg, iframe, b, [onerror], [onload], [onmouseover]').length,
  };
}`;

/** The coach's parts on `page` (top frame): every child of <html> holding a closed shadow root. */
export async function coachParts(page: Page): Promise<CoachPart[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 3, pierce: true })) as { root: DomNode };
    const html = root.children?.find((n) => n.localName === 'html');
    const parts: CoachPart[] = [];
    for (const child of html?.children ?? []) {
      const shadow = child.shadowRoots?.find((s) => s.shadowRootType === 'closed');
      if (!shadow) continue;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: READ, returnByValue: true });
      parts.push(result.value as CoachPart);
    }
    return parts;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** How many of each part the coach has on the page. */
export async function partCounts(page: Page): Promise<{ card: number; badge: number }> {
  const parts = await coachParts(page);
  return { card: parts.filter((p) => p.kind === 'card').length, badge: parts.filter((p) => p.kind === 'badge').length };
}

/** The hover card, if the coach has one on the page. */
export const hoverCard = async (page: Page): Promise<CoachPart | undefined> => (await coachParts(page)).find((p) => p.kind === 'card');
/** The count badge, if the coach has one on the page. */
export const countBadge = async (page: Page): Promise<CoachPart | undefined> => (await coachParts(page)).find((p) => p.kind === 'badge');
/** The hover card when it is on show. */
export const shownCard = async (page: Page): Promise<CoachPart | undefined> => {
  const card = await hoverCard(page);
  return card?.shown ? card : undefined;
};
