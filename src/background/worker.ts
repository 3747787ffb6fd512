// The service worker: scores replies with the engine, remembers each tab's latest
// result in storage.session (MV3 workers sleep; the popup reads it from there) and
// keeps the toolbar badge in step. It makes no network request.
import browser, { type Runtime } from 'webextension-polyfill';
import { createScorer, type Scorer } from '../engine';
import type { Result } from '../engine/types';
import { COACH_PORT, parseMessage, PortRequest, tabKey, TabStateSchema, touchesSettings, WorkerMessage, type TabState } from '../shared/messages';
import { badgeFor } from './badge';
import { unregisterRevokedSites } from './custom-sites';
import { loadEffectiveSettings } from '../shared/settings-store';
import { FireCounter } from '../shared/settings-stats';

let scorer: Promise<Scorer> | undefined;
const getScorer = (): Promise<Scorer> => (scorer ??= loadEffectiveSettings(browser.storage).then(createScorer));
/** Per-rule fire counts for the options page's chart (counts only, in storage.local). */
const fires = new FireCounter(browser.storage.local);

// A team's own sites: access revoked in the browser's settings unregisters the site too.
unregisterRevokedSites();

/** The content scripts connected now, told to check again when the settings change. */
const ports = new Set<Runtime.Port>();

browser.storage.onChanged.addListener((changes, area) => {
  if (!touchesSettings(changes, area)) return;
  scorer = undefined;
  for (const port of ports) {
    try {
      port.postMessage({ type: 'recheck' });
    } catch {
      ports.delete(port);
    }
  }
});

async function score(reply: string, customer: string | undefined): Promise<Result> {
  const run = await getScorer();
  return run(customer === undefined ? { reply } : { reply, customer });
}

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
    if (badge.text) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
    }
  } catch {
    // The tab closed meanwhile.
  }
}

/** Pasted text comes from our own pages; replies come from our content scripts in tabs. */
const allowed = (message: WorkerMessage, sender: Runtime.MessageSender): boolean =>
  message.type === 'check-text' ? fromExtensionPage(sender) : fromContentScript(sender);

async function handle(message: WorkerMessage, sender: Runtime.MessageSender): Promise<Result | undefined> {
  if (message.type === 'check-text') return score(message.reply, message.customer);
  const tabId = sender.tab!.id!;
  if (message.type === 'box-gone') {
    // Only the frame whose reply is on show can take it away.
    const shown = parseMessage(TabStateSchema, (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)]);
    if (shown && (shown.frameId ?? 0) !== (sender.frameId ?? 0)) return undefined;
    fires.forget(tabId);
    await browser.storage.session.remove(tabKey(tabId));
    await showBadge(tabId, undefined);
    return undefined;
  }
  const result = await score(message.reply, message.customer);
  fires.record(tabId, result.findings);
  const state: TabState = { result, box: message.box, hasCustomer: message.customer !== undefined, at: Date.now(), frameId: sender.frameId ?? 0 };
  // Answer the content script first (its highlights wait on it); the popup's copy
  // and the badge follow in the next task.
  setTimeout(() => {
    void browser.storage.session.set({ [tabKey(tabId)]: state });
    void showBadge(tabId, result);
  }, 0);
  return result;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const parsed = parseMessage(WorkerMessage, message);
  return parsed && allowed(parsed, sender) ? handle(parsed, sender) : undefined;
});

// Content scripts send each keystroke's reply over one long-lived port.
browser.runtime.onConnect.addListener((port) => {
  const sender = port.sender;
  if (port.name !== COACH_PORT || !sender || sender.id !== browser.runtime.id || !fromContentScript(sender)) {
    port.disconnect();
    return;
  }
  ports.add(port);
  port.onDisconnect.addListener(() => ports.delete(port));
  port.onMessage.addListener(async (raw: unknown) => {
    const request = parseMessage(PortRequest, raw);
    if (!request) return;
    const result = await handle(request.message, sender);
    try {
      port.postMessage(result ? { id: request.id, result } : { id: request.id });
    } catch {
      // The page went away meanwhile.
    }
  });
});

browser.tabs.onRemoved.addListener((tabId) => {
  fires.forget(tabId);
  void browser.storage.session.remove(tabKey(tabId));
});
