// Every message that crosses an extension boundary, as a valibot schema.
// Receivers parse with `parseMessage`; anything that does not match is ignored.
import * as v from 'valibot';
import type { Finding, Result } from '../engine/types';

/** The longest reply or customer message a check carries. */
export const MAX_TEXT = 100_000;
const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
/** A display name longer than this is not a name (and is not sent). */
export const MAX_NAME = 200;
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

/** The longest flagged text a dismissal or a never-flag request carries; the list's own limit is lower, with its own message. */
export const MAX_FLAG_TEXT = 2_000;
/** How many flags one reply may have dismissed. */
export const MAX_DISMISSED = 200;
/** A flag as the agent names it to be left out: its rule and its text. */
const QuietPhrase = v.object({
  ruleId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  phrase: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_FLAG_TEXT)),
});

/** Content script → worker: the agent's reply changed. */
export const CheckReply = v.object({
  type: v.literal('check'),
  reply: text,
  customer: v.optional(text),
  /** The customer's display name as the page shows it. */
  customerName: v.optional(v.pipe(v.string(), v.maxLength(MAX_NAME))),
  /** Which editor kind the reply came from; the popup adapts its buttons. */
  box: v.picklist(['rich', 'plain']),
  /** The flags the agent dismissed in this reply. */
  dismissed: v.optional(v.pipe(v.array(QuietPhrase), v.maxLength(MAX_DISMISSED))),
});

/** Content script → worker: the reply box is gone. */
const BoxGone = v.object({ type: v.literal('box-gone') });

/**
 * Content script → worker: the agent's own input (a trusted key or pointer press) went to a
 * reply box in this frame. The tab's popup shows, and its actions go to, the last frame that
 * said so: a frame a page script types in by itself never takes them.
 */
const FocusBox = v.object({ type: v.literal('focus') });

/** Popup → worker: score text pasted into the popup. */
const CheckText = v.object({
  type: v.literal('check-text'),
  reply: text,
  customer: v.optional(text),
});

/** An offset in the reply with the text that followed it when scored: an opening move's place. */
const InsertPointSchema = v.object({ offset, next: v.pipe(v.string(), v.minLength(1), v.maxLength(40)) });

/**
 * Popup → content script: insert a ready sentence at `at` (an opening move, after the greeting)
 * when the reply still reads the same there; else at the caret (or at the end).
 */
const InsertText = v.object({
  type: v.literal('insert'),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(2_000)),
  at: v.optional(InsertPointSchema),
});

/** A flagged span, with the text it held when it was scored: the swap is refused if it changed. */
const SwapSpan = v.object({ start: offset, end: offset, expected: v.pipe(v.string(), v.minLength(1), v.maxLength(2_000)) });

/**
 * Popup → content script: replace flagged spans with their better phrasing. Fix all sends
 * every repeat in one message, so that the page can make them one undo step.
 */
const SwapText = v.object({
  type: v.literal('swap'),
  spans: v.pipe(v.array(SwapSpan), v.minLength(1), v.maxLength(MAX_DISMISSED)),
  replacement: v.pipe(v.string(), v.maxLength(2_000)),
});

/** Hover card or popup → worker: add a flagged phrase to the agent's never-flag list. */
const NeverFlag = v.object({ type: v.literal('never-flag'), ...QuietPhrase.entries });

/** Popup → content script: leave a flag out of this reply's findings (its rule and text). */
const Dismiss = v.object({ type: v.literal('dismiss'), ...QuietPhrase.entries });

export const WorkerMessage = v.variant('type', [CheckReply, BoxGone, CheckText, NeverFlag]);
/** Popup → content script: is a reply box still open? (A stored result may outlive the page.) */
const HasBox = v.object({ type: v.literal('has-box') });

export const ContentMessage = v.variant('type', [InsertText, SwapText, HasBox, Dismiss]);

/**
 * The content script keeps one port open to the worker while the agent types: a
 * message on an open port is far cheaper than a new `sendMessage` channel per key.
 */
export const COACH_PORT = 'replycoach-coach';
export const PortRequest = v.object({
  id: v.pipe(v.number(), v.integer()),
  message: v.variant('type', [CheckReply, BoxGone, FocusBox]),
});

export type CheckReply = v.InferOutput<typeof CheckReply>;
export type PortRequest = v.InferOutput<typeof PortRequest>;
export type WorkerMessage = v.InferOutput<typeof WorkerMessage>;
export type NeverFlag = v.InferOutput<typeof NeverFlag>;
export type ContentMessage = v.InferOutput<typeof ContentMessage>;
export type SwapSpan = v.InferOutput<typeof SwapSpan>;

/**
 * What the worker keeps in storage.session per frame (key `frameKey`), and for the tab
 * (key `tabKey`): the state of the frame the agent works in, which the popup shows.
 */
export interface TabState {
  result: Result;
  box: 'rich' | 'plain';
  /** Whether the page showed a customer message to score against. */
  hasCustomer: boolean;
  at: number;
  /** The frame holding the reply box (0: the tab's top frame), where the popup's actions go. */
  frameId?: number;
  /** Whether Never flag is offered: the agent's list is not turned off by a policy. */
  neverFlag?: boolean;
}

export const tabKey = (tabId: number): string => `tab:${tabId}`;
/** Each frame's own latest state (the tab's key holds the focused frame's copy). */
export const frameKey = (tabId: number, frameId: number): string => `frame:${tabId}:${frameId}`;
/** The frame the agent last gave input to in a tab (a number). */
export const focusKey = (tabId: number): string => `focus:${tabId}`;

/**
 * Whether a storage change touches the team's settings: the `settings` key and any
 * `settings.*` companion (phrases split across items or kept locally), in any area
 * but the worker's own session store; and any change to the organisation's policy.
 */
export const touchesSettings = (changes: Record<string, unknown>, area: string): boolean =>
  area === 'managed' || (area !== 'session' && Object.keys(changes).some((key) => key === 'settings' || key.startsWith('settings.')));

export interface ActionReply {
  ok: boolean;
  error?: string;
}

/** Parses an unknown message; returns undefined for anything malformed. */
export function parseMessage<S extends v.GenericSchema>(schema: S, message: unknown): v.InferOutput<S> | undefined {
  const parsed = v.safeParse(schema, message);
  return parsed.success ? parsed.output : undefined;
}

// Results come back from storage, which another version of the extension may have
// written: validate them too before rendering.
const FindingSchema = v.object({
  ruleId: v.string(),
  kind: v.picklist(['flag', 'suggestion']),
  category: v.picklist(['listening', 'ownership']),
  severity: v.picklist(['hint', 'warn']),
  start: offset,
  end: offset,
  text: v.string(),
  message: v.string(),
  replacement: v.string(),
  swap: v.optional(v.boolean()),
  swapSpan: v.optional(v.object({ start: offset, end: offset, text: v.string() })),
  team: v.optional(v.boolean()),
  insertAt: v.optional(InsertPointSchema),
});
const score = v.nullable(v.number());
export const ResultSchema = v.object({
  scores: v.object({ listening: score, ownership: score }),
  findings: v.array(FindingSchema),
  language: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{3}$/))),
});
export const TabStateSchema = v.object({
  result: ResultSchema,
  box: v.picklist(['rich', 'plain']),
  hasCustomer: v.boolean(),
  at: v.number(),
  /** The frame holding the reply box (0: the tab's top frame), where the popup's actions go. */
  frameId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  neverFlag: v.optional(v.boolean()),
});

export const PortReply = v.object({
  id: v.pipe(v.number(), v.integer()),
  result: v.optional(ResultSchema),
  /** With a result: whether the card offers Never flag. */
  neverFlag: v.optional(v.boolean()),
});
/** Worker → content script over the port: the team's settings changed, check again. */
export const Recheck = v.object({ type: v.literal('recheck') });

