// Editors inside open shadow roots (web-component helpdesks): events reach the document
// retargeted to the host, `querySelectorAll` does not look inside, the document's
// selection hides nodes in the tree, and the document's `::highlight()` rules do not
// style it. These helpers see through, so the coach works the same in either place.
import HIGHLIGHT_CSS from './highlights.css?raw';

/** The element an event really started on, inside any open shadow root. */
export const eventTarget = (event: Event): EventTarget | null => event.composedPath()[0] ?? event.target;

/** The focused element, looking into open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every element matching `selector`: the document's first, then those in each open shadow root. */
export function queryAllDeep<T extends Element>(selector: string, root: Document | ShadowRoot = document): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if (el.shadowRoot) found.push(...queryAllDeep<T>(selector, el.shadowRoot));
  }
  return found;
}

/** The selection as seen from `node`'s tree (Chromium's `ShadowRoot.getSelection`). */
export function selectionFor(node: Node): Selection | null {
  const root = node.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  return root instanceof ShadowRoot && typeof root.getSelection === 'function' ? root.getSelection() : getSelection();
}

let sheet: CSSStyleSheet | undefined;

/** Gives the shadow root holding `box` the highlight styles (once; the page's own sheets stay). */
export function styleHighlightsIn(box: Node): void {
  const root = box.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  sheet ??= new CSSStyleSheet();
  if (sheet.cssRules.length === 0) sheet.replaceSync(HIGHLIGHT_CSS);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
