// The content script's core: follows the reply box the agent is working in, reads
// the agent's own text, asks the worker to score it, and shows the flags. It only
// knows the page through a Site adapter.
import type { Finding, InsertPoint, QuietPhrase, Result } from '../engine/types';
import { realigned, swapEdit, swapRange, type SwapEdit } from '../engine/swap';
import { t } from '../shared/i18n';
import type { ActionReply, CheckReply, ContentMessage, SwapSpan } from '../shared/messages';
import { MAX_DISMISSED, MAX_FLAG_TEXT, MAX_NAME } from '../shared/messages';
import { HoverCard } from './card';
import { CountBadge, paint, unpaint } from './highlights';
import { insertDefault, isPlain } from './insert';
import { deepActiveElement, eventTarget, queryAllDeep, selectionFor, styleHighlightsIn } from './shadow';
import { replyBoxes, type ReplyBox, type Site } from './sites/site';
import { caretAt, endOfOwnText, rangeOf, readText, type ReadOptions, type TextMap } from './text';

/** The worker's answer to a check: the result, and whether Never flag is offered. */
export interface Checked {
  result: Result;
  neverFlag: boolean;
}

export interface Channel {
  /** Sends the reply to be scored; undefined if the worker could not answer. */
  check(message: CheckReply): Promise<Checked | undefined>;
  /** Puts a flagged phrase on the agent's never-flag list (the worker saves it and has replies checked again). */
  neverFlag(phrase: QuietPhrase): Promise<ActionReply>;
  /** Tells the worker that no reply box is left on the page. */
  gone(): void;
  /** Tells the worker that the agent's own input went to a reply box in this frame. */
  focus(): void;
  /** No worker holds this frame's line now (the worker stops when idle): the next message starts one. */
  asleep(): boolean;
}

/** How long page mutations are gathered before looking for boxes that came or went. */
const RESCAN_MS = 120;

const visible = (el: Element): boolean => el.getClientRects().length > 0;
const editable = (el: Element): boolean =>
  !((el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) && (el.disabled || el.readOnly));

/** A dismissal's key: the flag's rule and its text, whatever its case and spacing, so it holds wherever the agent types. */
const dismissalKey = (q: QuietPhrase): string => `${q.ruleId}\u0000${q.phrase.toLowerCase().replace(/\s+/g, ' ').trim()}`;

/** What the agent still has to fill in: "[day and time]". */
const PLACEHOLDER = /\[[^\]\n]{1,60}\]/;

export class Coach {
  private box: ReplyBox | undefined;
  /**
   * One observer for whichever rich box is followed, re-pointed on each switch: Chromium
   * keeps a disconnected observer of a long-lived box alive, so one per switch would pile up.
   */
  private readonly boxObserver = new MutationObserver(() => this.schedule());
  private badge: CountBadge | undefined;
  private card: HoverCard | undefined;
  private caret: Range | undefined;
  private lastFocused: WeakRef<ReplyBox> | undefined;
  /** Bumped on every change to the box; a result for an older version is not shown. */
  private version = 0;
  private inFlight = false;
  private pending = false;
  private announced = false;
  private customer: string | undefined;
  private customerStale = true;
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pageObserver = new MutationObserver((records) => this.onPageChange(records));
  /**
   * The flags the agent dismissed, per reply box: they stay hidden while the agent writes
   * this reply, and come back in a new box or once the box is emptied (the reply was sent).
   */
  private readonly dismissals = new WeakMap<ReplyBox, Map<string, QuietPhrase>>();
  /** Whether the worker knows this frame has the agent's input (until the frame loses focus). */
  private claimed = false;
  private readonly listeners: [string, EventListener][] = [
    ['focusin', (e) => this.onFocus(e)],
    ['input', (e) => this.onInput(e)],
    ['selectionchange', () => this.onSelection()],
    ['keydown', (e) => this.onUserInput(e)],
    ['pointerdown', (e) => this.onUserInput(e)],
  ];
  private readonly onBlur = (event: Event): void => {
    if (event.target === window) this.claimed = false;
  };

  /** The site's own editors and any text box. */
  private readonly boxes: string;

  constructor(
    private readonly site: Site,
    private readonly channel: Channel,
  ) {
    this.boxes = replyBoxes(site);
  }

  start(): void {
    for (const [type, listener] of this.listeners) document.addEventListener(type, listener, true);
    addEventListener('blur', this.onBlur);
    this.pageObserver.observe(document.documentElement, { childList: true, subtree: true });
    this.rescan();
  }

  stop(): void {
    for (const [type, listener] of this.listeners) document.removeEventListener(type, listener, true);
    removeEventListener('blur', this.onBlur);
    this.pageObserver.disconnect();
    clearTimeout(this.rescanTimer);
    this.release();
  }

  /** Checks the reply again (the team's settings changed). */
  recheck(): void {
    if (this.box) this.schedule();
  }

  /** Handles the popup's actions on the active box. */
  async handle(message: ContentMessage): Promise<ActionReply> {
    const box = this.box;
    if (message.type === 'has-box') return { ok: box !== undefined };
    if (!box) return { ok: false, error: t('error_no_box') };
    if (message.type === 'insert') {
      const atOpening = message.at !== undefined && this.placeCaretAt(box, message.at);
      if (!atOpening) this.placeCaret(box);
      return this.insertAtCaret(box, message.text, atOpening);
    }
    if (message.type === 'dismiss') return this.dismiss(box, { ruleId: message.ruleId, phrase: message.phrase });
    return this.swap(box, message.spans, message.replacement);
  }

  /** Leaves a flag out of this reply's findings and scores: checked again without it. */
  private dismiss(box: ReplyBox, flag: QuietPhrase): ActionReply {
    let list = this.dismissals.get(box);
    if (!list) this.dismissals.set(box, (list = new Map()));
    const key = dismissalKey(flag);
    // Past these the check message would be refused, and the reply no longer checked.
    if (flag.phrase.length > MAX_FLAG_TEXT) return { ok: false, error: t('dismiss_too_long') };
    if (!list.has(key) && list.size >= MAX_DISMISSED) return { ok: false, error: t('dismiss_full') };
    list.set(key, flag);
    if (box === this.box) this.schedule();
    return { ok: true };
  }

  private boxFor(target: EventTarget | null): ReplyBox | undefined {
    if (!(target instanceof Element)) return undefined;
    const box = target.closest<HTMLElement>(this.boxes);
    return box && editable(box) ? box : undefined;
  }

  private onFocus(event: Event): void {
    const box = this.boxFor(eventTarget(event));
    if (!box) return;
    this.lastFocused = new WeakRef(box);
    if (box !== this.box) this.attach(box);
    else this.wake();
  }

  /**
   * The agent is back in the reply box, likely to type: a worker that stopped while they were
   * away is started now by checking the reply as it stands, so that the first key finds the
   * rules loaded and their regexes compiled rather than paying for it (half a second or more).
   * One check, only when the line is closed: nothing keeps a worker running.
   */
  private wake(): void {
    if (this.channel.asleep()) void this.check();
  }

  /**
   * The agent pressed a key or the pointer in a reply box of this frame: only real input
   * counts (`isTrusted`), so a frame whose script focuses and fills a box by itself (a hidden
   * iframe on the page) never takes the popup's result and actions from the agent's box.
   */
  private onUserInput(event: Event): void {
    if (!event.isTrusted) return;
    const box = this.boxFor(eventTarget(event));
    if (!box) return;
    // A click in the box it already follows (no focus event): the agent may have been away a while.
    if (event.type === 'pointerdown' && box === this.box) this.wake();
    if (this.claimed) return;
    this.claimed = true;
    this.channel.focus();
  }

  private onInput(event: Event): void {
    if (this.box && eventTarget(event) === this.box && isPlain(this.box)) this.schedule();
  }

  private onSelection(): void {
    const box = this.box;
    if (!box || isPlain(box)) return;
    const selection = selectionFor(box);
    if (!selection?.rangeCount) return;
    if (box.contains(selection.anchorNode)) this.caret = selection.getRangeAt(0).cloneRange();
  }

  private onPageChange(records: MutationRecord[]): void {
    const box = this.box;
    if (!box || records.some((r) => !box.contains(r.target))) this.customerStale = true;
    this.rescanTimer ??= setTimeout(() => {
      this.rescanTimer = undefined;
      this.rescan();
    }, RESCAN_MS);
  }

  /** Lets go of a box that left the page and picks up the best one still there. */
  private rescan(): void {
    if (this.box && !this.box.isConnected) this.release();
    if (this.box) return;
    const next = this.pick();
    if (next) this.attach(next);
    else if (this.announced) {
      this.announced = false;
      this.channel.gone();
    }
  }

  /** The focused box wins, then the last one focused, then the last one on the page. */
  private pick(): ReplyBox | undefined {
    const focused = this.boxFor(deepActiveElement());
    if (focused) return focused;
    const last = this.lastFocused?.deref();
    if (last?.isConnected && visible(last)) return last;
    const boxes = queryAllDeep<HTMLElement>(this.boxes).filter((b) => visible(b) && editable(b));
    return boxes.at(-1);
  }

  private attach(box: ReplyBox): void {
    this.release();
    this.box = box;
    this.customerStale = true;
    if (isPlain(box)) this.badge = new CountBadge(box);
    else {
      styleHighlightsIn(box);
      const flag = (finding: Finding): QuietPhrase => ({ ruleId: finding.ruleId, phrase: finding.text });
      this.card = new HoverCard({
        swap: (finding) => {
          const range = swapRange(finding);
          void this.swap(box, [{ start: range.start, end: range.end, expected: range.text }], finding.replacement);
        },
        dismiss: (finding) => this.dismiss(box, flag(finding)),
        neverFlag: (finding) => this.channel.neverFlag(flag(finding)),
      });
      this.boxObserver.observe(box, { childList: true, subtree: true, characterData: true });
    }
    this.schedule();
  }

  private release(): void {
    this.boxObserver.disconnect();
    this.badge?.remove();
    this.badge = undefined;
    this.card?.remove();
    this.card = undefined;
    if (this.box && !isPlain(this.box)) unpaint();
    this.box = undefined;
    this.caret = undefined;
  }

  private read(box: ReplyBox): TextMap {
    return isPlain(box) ? { text: box.value, nodes: [], starts: [] } : readText(box, this.site.excluded, this.readOptions);
  }

  private get readOptions(): ReadOptions {
    return this.site.historyFrom ? { stopAt: this.site.historyFrom } : {};
  }

  /** Whether `node` in `box` is quoted history the editor keeps beside the reply. */
  private inHistory(box: ReplyBox, node: Node): boolean {
    const start = this.site.historyFrom ? box.querySelector(this.site.historyFrom) : null;
    return !!start && (start === node || !!(start.compareDocumentPosition(node) & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)));
  }

  private customerText(box: ReplyBox): string | undefined {
    if (this.customerStale) {
      this.customer = this.site.customerMessage?.(box);
      this.customerStale = false;
    }
    return this.customer;
  }

  private schedule(): void {
    this.version++;
    this.card?.hide();
    void this.check();
  }

  /** One check in flight at a time; changes made meanwhile fold into one follow-up. */
  private async check(): Promise<void> {
    if (this.inFlight) {
      this.pending = true;
      return;
    }
    this.inFlight = true;
    try {
      do {
        this.pending = false;
        const box = this.box;
        if (!box) return;
        const version = this.version;
        const map = this.read(box);
        const customer = this.customerText(box);
        const message: CheckReply = { type: 'check', reply: map.text, box: isPlain(box) ? 'plain' : 'rich' };
        if (customer) message.customer = customer;
        // An emptied box is a new reply (the last one was sent): what was dismissed comes back.
        if (!/\S/.test(map.text)) this.dismissals.delete(box);
        const dismissed = this.dismissals.get(box);
        if (dismissed?.size) message.dismissed = [...dismissed.values()];
        const name = this.site.customerName?.(box);
        if (name && name.length <= MAX_NAME) message.customerName = name;
        const checked = await this.channel.check(message);
        this.announced = true;
        if (!checked || box !== this.box) continue;
        if (version !== this.version) this.pending = true;
        else if (this.badge) this.badge.show(checked.result.findings);
        else this.card?.update(paint(map, checked.result.findings), checked.neverFlag);
      } while (this.pending);
    } finally {
      this.inFlight = false;
    }
  }

  /** Puts the caret back where the agent left it, or after their own last word. */
  private placeCaret(box: ReplyBox): void {
    if (isPlain(box)) {
      box.focus();
      return;
    }
    const map = readText(box, this.site.excluded, this.readOptions);
    const saved = this.caret;
    const inOwnText =
      saved?.startContainer.isConnected &&
      box.contains(saved.startContainer) &&
      !saved.startContainer.parentElement?.closest(this.site.excluded) &&
      !this.inHistory(box, saved.startContainer);
    const range = document.createRange();
    if (saved && inOwnText) range.setStart(saved.startContainer, saved.startOffset);
    else {
      const end = endOfOwnText(map);
      if (end) range.setStart(end[0], end[1]);
      else range.setStart(box, 0);
    }
    range.collapse(true);
    box.focus();
    const selection = selectionFor(box);
    selection?.removeAllRanges();
    selection?.addRange(range);
  }

  private charBeforeCaret(box: ReplyBox): string {
    if (isPlain(box)) return box.value.slice(0, box.selectionStart ?? 0).slice(-1);
    const selection = selectionFor(box);
    if (!selection?.rangeCount) return '';
    const before = document.createRange();
    before.selectNodeContents(box);
    const caret = selection.getRangeAt(0);
    before.setEnd(caret.startContainer, caret.startOffset);
    return before.toString().slice(-1);
  }

  /** Through the site's own way in for text, or the one most editors take. */
  private insertText(box: ReplyBox, text: string): Promise<boolean> {
    return this.site.insert ? this.site.insert(box, text) : insertDefault(box, text);
  }

  /**
   * Puts the caret at an opening move's place (after the greeting), if the reply still reads
   * there as it did when scored; false leaves the caret alone, and Insert goes where it would.
   */
  private placeCaretAt(box: ReplyBox, at: InsertPoint): boolean {
    const map = this.read(box);
    if (map.text.slice(at.offset, at.offset + at.next.length) !== at.next) return false;
    box.focus();
    if (isPlain(box)) {
      box.setSelectionRange(at.offset, at.offset);
      return true;
    }
    const range = caretAt(map, at.offset);
    const selection = selectionFor(box);
    if (!range || !selection) return false;
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }

  /** Inserts `text` at the caret, spaced from the word before it and, `beforeWords`, from the agent's words after it. */
  private async insertAtCaret(box: ReplyBox, text: string, beforeWords: boolean): Promise<ActionReply> {
    const before = this.charBeforeCaret(box);
    // After words with no stop ("…thanks for sticking with us"), a sentence brings the stop they lacked.
    const stop = !beforeWords && /[\p{L}\p{N}]/u.test(before) && /^\p{Lu}/u.test(text) ? '.' : '';
    const spaced = `${stop}${before === '' || /\s/.test(before) ? '' : ' '}${text}${beforeWords ? ' ' : ''}`;
    const was = this.read(box).text;
    const ok = await this.insertText(box, spaced);
    if (ok) this.selectPlaceholder(box, was);
    return ok ? { ok } : { ok, error: t('error_editor_refused') };
  }

  /**
   * Selects the first "[…]" the action just put in (found as what changed between the text
   * before and after it), so that the agent's typing fills it in.
   */
  private selectPlaceholder(box: ReplyBox, was: string): void {
    const map = this.read(box);
    const now = map.text;
    let head = 0;
    while (head < was.length && head < now.length && was[head] === now[head]) head++;
    let tail = 0;
    while (tail < was.length - head && tail < now.length - head && was[was.length - 1 - tail] === now[now.length - 1 - tail]) tail++;
    const placeholder = PLACEHOLDER.exec(now.slice(head, now.length - tail));
    if (!placeholder) return;
    const start = head + placeholder.index;
    const end = start + placeholder[0].length;
    if (isPlain(box)) {
      box.setSelectionRange(start, end);
      return;
    }
    const range = rangeOf(map, start, end);
    const selection = selectionFor(box);
    if (!range || !selection) return;
    selection.removeAllRanges();
    selection.addRange(range);
  }

  /**
   * Swaps every span for `replacement`. Editors make one undo step of each input and offer
   * no way in from outside to join several (CKEditor: one batch a paste; ProseMirror: only
   * adjacent changes merge; the browser's own stack: one step an editing command), so
   * repeats that lie in one run of plain text (no line break, formatting or link between
   * them) go in as one input over that run, the words between retyped as they were. Runs
   * apart go in one by one, last first, so each leaves the offsets before it as they were.
   */
  private async swap(box: ReplyBox, spans: readonly SwapSpan[], replacement: string): Promise<ActionReply> {
    let map = this.read(box);
    const was = map.text;
    const moved = realigned(was, spans);
    if (!moved) return { ok: false, error: t('error_phrase_changed') };
    spans = moved;
    const runs: SwapEdit[][] = [];
    let reach = -1;
    for (const edit of spans.map((s) => swapEdit(was, s.start, s.end, replacement)).sort((a, b) => a.start - b.start)) {
      if (edit.start < reach) continue; // overlaps the one before, which takes its words
      const run = runs.at(-1);
      if (run && (isPlain(box) || plainRun(rangeOf(map, run[0]!.start, edit.end)))) run.push(edit);
      else runs.push([edit]);
      reach = edit.end;
    }
    for (const run of runs.reverse()) {
      const start = run[0]!.start;
      const end = run.at(-1)!.end;
      let held: string;
      box.focus();
      if (isPlain(box)) {
        held = box.value.slice(start, end);
        box.setSelectionRange(start, end);
      } else {
        const range = rangeOf(map, start, end);
        const selection = selectionFor(box);
        if (!range || !selection) return { ok: false, error: t('error_phrase_gone') };
        held = `${range}`;
        selection.removeAllRanges();
        selection.addRange(range);
      }
      // The run as the box holds it (a no-break space stays one), each repeat swapped, last first.
      let insert = run.length === 1 ? run[0]!.insert : held;
      if (run.length > 1) for (const edit of run.reverse()) insert = insert.slice(0, edit.start - start) + edit.insert + insert.slice(edit.end - start);
      if (!(await this.insertText(box, insert))) return { ok: false, error: t('error_editor_refused') };
      map = this.read(box);
    }
    this.selectPlaceholder(box, was);
    return { ok: true };
  }
}

/**
 * Whether `range` holds text only, all in one element: one run that retyping leaves as it was.
 * A raw line break in it would come back as a new paragraph, so it keeps the run apart.
 */
const plainRun = (range: Range | undefined): boolean =>
  !!range && !/[\n\r]/.test(`${range}`) && [...range.cloneContents().childNodes].every((node) => node.nodeType === Node.TEXT_NODE);
