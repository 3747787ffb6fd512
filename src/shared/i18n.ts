// User-visible strings come from public/_locales/<lang>/messages.json through the browser's
// i18n API, in the browser's language with English as the default locale.
import browser from 'webextension-polyfill';
import type { Finding } from '../engine/types';
import type English from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof English;

/** The UI string `key`, with `$1`… filled from `substitutions`. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** A string whose key is computed (a rule's title), or undefined when no locale has it. */
export function optionalMessage(key: string): string | undefined {
  return browser.i18n.getMessage(key) || undefined;
}

/** Gives the page the language its strings are in (screen readers pick their voice by it). */
export function localiseDocument(): void {
  document.documentElement.lang = t('html_lang');
  document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
}

/** The key of a rule's localised title or reason: `rule_policy_shield_title`. */
export const ruleKey = (id: string, part: 'title' | 'why'): string => `rule_${id.replace(/-/g, '_')}_${part}`;

/**
 * A flag's better phrasing as the card and the popup show it. A swap that ends the agent's
 * sentence (", but here is what I can do…") reads on from their words; an empty one removes.
 */
export const betterOf = (finding: Pick<Finding, 'replacement'>): string => finding.replacement.replace(/^[,.] /, '… ') || t('leave_it_out');

/**
 * Why a finding hurts, in the browser's language when it is the rule's own reason; a team's
 * message as written. `ruleWhy` (the engine's English) tells the two apart where the rule
 * list is at hand; without it, any finding not from a team phrase counts as the rule's own.
 */
export function reasonOf(finding: Pick<Finding, 'ruleId' | 'message' | 'team'>, ruleWhy?: string): string {
  const own = ruleWhy === undefined ? !finding.team : finding.message === ruleWhy;
  return (own && optionalMessage(ruleKey(finding.ruleId, 'why'))) || finding.message;
}
