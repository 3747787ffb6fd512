// What the popup asks of the worker and of the page's content script.
import browser from 'webextension-polyfill';
import type { Result } from '../engine/types';
import { t } from '../shared/i18n';
import { parseMessage, ResultSchema, tabKey, TabStateSchema, type ActionReply, type ContentMessage, type TabState } from '../shared/messages';

/** The tab the popup is about: `?tab=N` when opened as a page, else the active tab. */
export async function currentTabId(): Promise<number | undefined> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function readTabState(tabId: number): Promise<TabState | undefined> {
  const key = tabKey(tabId);
  const stored = await browser.storage.session.get(key);
  return parseMessage(TabStateSchema, stored[key]);
}

/** Calls `onChange` with the tab's state whenever the worker stores a new one. */
export function watchTabState(tabId: number, onChange: (state: TabState | undefined) => void): () => void {
  const key = tabKey(tabId);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'session' && key in changes) onChange(parseMessage(TabStateSchema, changes[key]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function checkText(reply: string, customer: string): Promise<Result | undefined> {
  const message = customer.trim() ? { type: 'check-text', reply, customer } : { type: 'check-text', reply };
  return parseMessage(ResultSchema, await browser.runtime.sendMessage(message));
}

export async function sendToPage(tabId: number, message: ContentMessage): Promise<ActionReply> {
  try {
    // To the frame whose reply box the stored state is about (an editor may sit in a frame).
    const frameId = (await readTabState(tabId))?.frameId ?? 0;
    const reply = (await browser.tabs.sendMessage(tabId, message, { frameId })) as ActionReply | undefined;
    return reply && typeof reply.ok === 'boolean' ? reply : { ok: false, error: t('page_no_answer') };
  } catch {
    return { ok: false, error: t('page_unreachable') };
  }
}
