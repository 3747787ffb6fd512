// Never flag, from the hover card (content script) and the popup alike: one request to the
// worker, which saves the phrase on the agent's list and has every open reply checked again.
import browser from 'webextension-polyfill';
import type { QuietPhrase } from '../engine/types';
import { t } from './i18n';
import type { ActionReply } from './messages';

export async function requestNeverFlag(phrase: QuietPhrase): Promise<ActionReply> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'never-flag', ruleId: phrase.ruleId, phrase: phrase.phrase })) as ActionReply | undefined;
    if (!reply || typeof reply.ok !== 'boolean') return { ok: false, error: t('action_failed') };
    return reply.ok ? { ok: true } : { ok: false, error: typeof reply.error === 'string' ? reply.error : t('action_failed') };
  } catch {
    return { ok: false, error: t('action_failed') };
  }
}
