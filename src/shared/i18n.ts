// User-visible strings come from public/_locales/<lang>/messages.json through the browser's
// i18n API, in the browser's language with English as the default locale.
import browser from 'webextension-polyfill';
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
