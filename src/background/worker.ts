// The service worker: scores replies with the engine, remembers each tab's latest
// result in storage.session (MV3 workers sleep; the popup reads it from there) and
// keeps the toolbar badge in step. It makes no network request.
import browser, { type Runtime } from 'webextension-polyfill';
import { createScorer, type Scorer } from '../engine';
import type { Result } from '../engine/types';
import {
  COACH_PORT,
  focusKey,
  frameKey,
  parseMessage,
  PortRequest,
  tabKey,
  TabStateSchema,
  touchesSettings,
  WorkerMessage,
  type ActionReply,
  type CheckReply,
  type NeverFlag,
  type TabState,
} from '../shared/messages';
import { badgeFor } from './badge';
import { notEnglish } from './language';
import { t } from '../shared/i18n';
import { unregisterRevokedSites } from '../shared/custom-site-scripts';
import { allowed, engineSettings, MAX_NEVER_FLAG, MAX_NEVER_FLAG_LENGTH } from '../shared/settings-fields';
import { loadInForce, updateSettings } from '../shared/settings-store';
import { withNeverFlag, type Refusal } from './never-flag';
import { FireCounter } from '../shared/settings-stats';

/**
 * How long a check waits for the organisation's policy (storage.managed) before it is scored
 * with the saved settings alone; a policy that answers later is applied at once (the scorer
 * is rebuilt and open replies are checked again). See `loadEffectiveSettings`.
 */
const MANAGED_GRACE_MS = 300;

/** The engine compiled with the settings in force, and whether the agent's never-flag list is allowed. */
interface Compiled {
  run: Scorer;
  neverFlag: boolean;
}

let scorer: Promise<Compiled> | undefined;
/** Once a policy has come late, the browser's policy service is up: later loads wait for it. */
let managedGrace: number | undefined = MANAGED_GRACE_MS;
const onLatePolicy = (): void => {
  managedGrace = undefined;
  settingsChanged();
};
const getScorer = (): Promise<Compiled> =>
  (scorer ??= loadInForce(browser.storage, { managedGrace, onLatePolicy }).then((team) => ({
    run: createScorer(engineSettings(team)),
    neverFlag: allowed(team, 'neverFlag'),
  })));
/** Per-rule fire counts for the options page's chart (counts only, in storage.local). */
const fires = new FireCounter(browser.storage.local);

// A team's own sites: access revoked in the browser's settings unregisters the site too.
unregisterRevokedSites();

/** The content scripts connected now, told to check again when the settings change. */
const ports = new Set<Runtime.Port>();

/** The settings in force changed: rebuild the scorer, and have open replies checked again. */
function settingsChanged(): void {
  scorer = undefined;
  for (const port of ports) {
    try {
      port.postMessage({ type: 'recheck' });
    } catch {
      ports.delete(port);
    }
  }
}

browser.storage.onChanged.addListener((changes, area) => {
  if (touchesSettings(changes, area)) settingsChanged();
});

// Start loading the settings as the worker starts, not on the agent's first key.
void getScorer();

async function score(reply: string, customer: string | undefined, customerName?: string, dismissed?: CheckReply['dismissed']): Promise<Result> {
  const { run } = await getScorer();
  // The rules and ready sentences are English: a reply in another language gets none of them.
  const language = notEnglish(reply);
  if (language) return { scores: { listening: null, ownership: null }, findings: [], language };
  return run({
    reply,
    ...(customer === undefined ? {} : { customer }),
    ...(customerName === undefined ? {} : { customerName }),
    ...(dismissed?.length ? { dismissed } : {}),
  });
}

/** Never flag, from the hover card or the popup: the phrase goes on the agent's own list. */
async function neverFlag(request: NeverFlag): Promise<ActionReply> {
  // The organisation's policy may turn the lists off; the saved settings' own switch is checked with them.
  if (!(await getScorer()).neverFlag) return { ok: false, error: t('never_flag_off') };
  return updateSettings(browser.storage, (saved) => {
    const next = withNeverFlag(saved, request);
    return 'refused' in next ? { refused: refusalText(next.refused) } : next;
  });
}

const refusalText = (refusal: Refusal): string => {
  if (refusal === 'off') return t('never_flag_off');
  if (refusal === 'too-long') return t('never_flag_too_long', String(MAX_NEVER_FLAG_LENGTH));
  if (refusal === 'full') return t('never_flag_full', String(MAX_NEVER_FLAG));
  return t('never_flag_unknown');
};

const fromExtensionPage = (sender: Runtime.MessageSender): boolean =>
  sender.url?.startsWith(browser.runtime.getURL('')) ?? false;

/**
 * A content script of ours in a tab, in its top frame or in a frame holding an editor (the
 * manifest injects it only into frames on the helpdesks' hosts, or blank frames they make).
 */
const fromContentScript = (sender: Runtime.MessageSender): sender is Runtime.MessageSender & { tab: { id: number } } =>
  sender.tab?.id !== undefined && sender.frameId !== undefined && !fromExtensionPage(sender);

async function showBadge(tabId: number, result: Result | undefined): Promise<void> {
  const badge = result ? badgeFor(result) : { text: '', color: '#000' };
  try {
    await browser.action.setBadgeText({ tabId, text: badge.text });
    // The badge's "EN?" explained on hover; otherwise the extension's own name.
    await browser.action.setTitle({ tabId, title: result?.language ? t('not_english') : t('ext_name') });
    if (badge.text) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
    }
  } catch {
    // The tab closed meanwhile.
  }
}

/** Pasted text comes from our own pages; replies come from our content scripts in tabs; Never flag from either. */
const accepted = (message: WorkerMessage, sender: Runtime.MessageSender): boolean => {
  if (message.type === 'check-text') return fromExtensionPage(sender);
  if (message.type === 'never-flag') return fromExtensionPage(sender) || fromContentScript(sender);
  return fromContentScript(sender);
};

type PortMessage = PortRequest['message'];
type Handled = Exclude<WorkerMessage, NeverFlag> | PortMessage;

/**
 * Results are kept per frame: a page may hold several frames the content script runs in
 * (an editor's frame, or a hidden frame of the page's own that fills a box by script). The
 * tab shows, in its popup and badge, the frame the agent last gave real input to (a
 * `focus` message), or the top frame until any did; the popup's actions go to that frame.
 * The shown frame's latest state is under the tab's key (one write per check, as with one
 * frame); any other frame's under its own `frameKey`, and a frame's state moves between the
 * two when the focus does.
 */
const focused = new Map<number, number>();
/** Bumped each time a tab's shown state is written, so an older read never overwrites it. */
const shownWrites = new Map<number, number>();

async function focusedFrame(tabId: number): Promise<number | undefined> {
  if (focused.has(tabId)) return focused.get(tabId);
  const key = focusKey(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  // A focus message that came in meanwhile is newer than what was stored.
  if (typeof stored === 'number' && !focused.has(tabId)) focused.set(tabId, stored);
  return focused.get(tabId);
}

const readState = async (key: string): Promise<TabState | undefined> => parseMessage(TabStateSchema, (await browser.storage.session.get(key))[key]);

/** The frame the tab's popup is about: the focused one, else the top frame. */
const onShow = async (tabId: number, frameId: number): Promise<boolean> => ((await focusedFrame(tabId)) ?? 0) === frameId;

/**
 * A tab's results, focus and badge change one step at a time, in the order the messages came:
 * each step reads storage and writes it back, and two interleaved steps would let an older
 * result (the empty box the agent clicked into) land over a newer one.
 */
const turns = new Map<number, Promise<void>>();
function inTurn(tabId: number, step: () => Promise<void>): Promise<void> {
  const next = (turns.get(tabId) ?? Promise.resolve()).then(step, step);
  const settled = next.catch(() => undefined);
  turns.set(tabId, settled);
  void settled.then(() => {
    if (turns.get(tabId) === settled) turns.delete(tabId);
  });
  return next;
}

async function focus(tabId: number, frameId: number): Promise<void> {
  if (focused.get(tabId) === frameId) return;
  focused.set(tabId, frameId);
  const writes = shownWrites.get(tabId);
  // Read before anything else is queued: the newly focused frame's check follows right behind.
  const reading = Promise.all([readState(tabKey(tabId)), readState(frameKey(tabId, frameId))]);
  await browser.storage.session.set({ [focusKey(tabId)]: frameId });
  const [shown, own] = await reading;
  // The frame that was on show keeps its state under its own key (unless it has a newer one there).
  const before = shown?.frameId ?? 0;
  if (shown && before !== frameId) {
    const kept = await readState(frameKey(tabId, before));
    if (!kept || kept.at < shown.at) await browser.storage.session.set({ [frameKey(tabId, before)]: shown });
  }
  if (focused.get(tabId) !== frameId || shownWrites.get(tabId) !== writes) return; // a newer focus or result won
  // The popup and the badge follow at once, with the focused frame's latest result if it has one.
  if (own) {
    await browser.storage.session.set({ [tabKey(tabId)]: own });
    await browser.storage.session.remove(frameKey(tabId, frameId));
  } else if (shown && before !== frameId) await browser.storage.session.remove(tabKey(tabId));
  else return; // nothing on show changes (the frame was on show already, or nothing was)
  fires.forget(tabId);
  // The frame's own check may have come meanwhile: its badge is the newer one.
  if (shownWrites.get(tabId) === writes) await showBadge(tabId, own?.result);
}

/** Takes a frame's result away (its box went, or its page unloaded), if made before `until`. */
async function forgetFrame(tabId: number, frameId: number, until = Infinity): Promise<void> {
  const own = await readState(frameKey(tabId, frameId));
  if (own && own.at <= until) await browser.storage.session.remove(frameKey(tabId, frameId));
  // Only the frame whose reply is on show can take the tab's away (not a newer page's in that frame).
  const shown = await readState(tabKey(tabId));
  if (!shown || (shown.frameId ?? 0) !== frameId || shown.at > until) return;
  shownWrites.set(tabId, (shownWrites.get(tabId) ?? 0) + 1);
  fires.forget(tabId);
  await browser.storage.session.remove(tabKey(tabId));
  await showBadge(tabId, undefined);
}

async function handle(message: Handled, sender: Runtime.MessageSender): Promise<Result | undefined> {
  if (message.type === 'check-text') return score(message.reply, message.customer);
  const tabId = sender.tab!.id!;
  const frameId = sender.frameId ?? 0;
  if (message.type === 'focus') {
    await inTurn(tabId, () => focus(tabId, frameId));
    return undefined;
  }
  if (message.type === 'box-gone') {
    await inTurn(tabId, () => forgetFrame(tabId, frameId));
    return undefined;
  }
  const result = await score(message.reply, message.customer, message.customerName, message.dismissed);
  const offered = (await getScorer()).neverFlag;
  const state: TabState = { result, box: message.box, hasCustomer: message.customer !== undefined, at: Date.now(), frameId, neverFlag: offered };
  // Answer the content script first (its highlights wait on it); the stored copy and the
  // badge follow in the next task.
  setTimeout(() => void inTurn(tabId, () => store(tabId, frameId, state)), 0);
  return result;
}

async function store(tabId: number, frameId: number, state: TabState): Promise<void> {
  if (!(await onShow(tabId, frameId))) {
    await browser.storage.session.set({ [frameKey(tabId, frameId)]: state });
    return;
  }
  shownWrites.set(tabId, (shownWrites.get(tabId) ?? 0) + 1);
  await browser.storage.session.set({ [tabKey(tabId)]: state });
  fires.record(tabId, state.result.findings);
  await showBadge(tabId, state.result);
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const parsed = parseMessage(WorkerMessage, message);
  if (!parsed || !accepted(parsed, sender)) return undefined;
  return parsed.type === 'never-flag' ? neverFlag(parsed) : handle(parsed, sender);
});

// Content scripts send each keystroke's reply over one long-lived port.
browser.runtime.onConnect.addListener((port) => {
  const sender = port.sender;
  if (port.name !== COACH_PORT || !sender || sender.id !== browser.runtime.id || !fromContentScript(sender)) {
    port.disconnect();
    return;
  }
  ports.add(port);
  port.onDisconnect.addListener(() => {
    ports.delete(port);
    // The frame's page went away: its result goes with it, and it no longer holds the focus.
    const tabId = sender.tab.id;
    const frameId = sender.frameId ?? 0;
    if (focused.get(tabId) === frameId && frameId !== 0) {
      focused.delete(tabId);
      void browser.storage.session.remove(focusKey(tabId));
    }
    // A sub-frame's result goes with its page. The top frame's stays: a port can drop while the
    // page lives (the worker restarting under a page just opened), and a new page replaces it.
    const until = Date.now();
    if (frameId !== 0) void inTurn(tabId, () => forgetFrame(tabId, frameId, until));
  });
  port.onMessage.addListener(async (raw: unknown) => {
    const request = parseMessage(PortRequest, raw);
    if (!request) return;
    const result = await handle(request.message, sender);
    try {
      port.postMessage(result ? { id: request.id, result, neverFlag: (await getScorer()).neverFlag } : { id: request.id });
    } catch {
      // The page went away meanwhile.
    }
  });
});

browser.tabs.onRemoved.addListener(async (tabId) => {
  fires.forget(tabId);
  focused.delete(tabId);
  shownWrites.delete(tabId);
  const frames = Object.keys(await browser.storage.session.get(null)).filter((key) => key.startsWith(`frame:${tabId}:`));
  await browser.storage.session.remove([tabKey(tabId), focusKey(tabId), ...frames]);
});
