// Content script entry: wires the coach for this site to the extension's messaging.
import browser, { type Runtime } from 'webextension-polyfill';
import type { Result } from '../engine/types';
import { ContentMessage, parseMessage, ResultSchema } from '../shared/messages';
import { Coach } from './coach';
import { siteFor } from './sites';

const flag = Symbol.for('replycoach.content');
const scope = globalThis as typeof globalThis & { [flag]?: boolean };

if (!scope[flag] && window === window.top) {
  scope[flag] = true;
  let coach: Coach | undefined;

  // After an extension update the old script is orphaned: stop quietly instead of throwing.
  const call = async (message: unknown): Promise<unknown> => {
    try {
      return await browser.runtime.sendMessage(message);
    } catch {
      if (!browser.runtime?.id) coach?.stop();
      return undefined;
    }
  };

  coach = new Coach(siteFor(new URL(location.href)), {
    async check(message) {
      const reply = await call(message);
      return parseMessage(ResultSchema, reply) as Result | undefined;
    },
    gone: () => void call({ type: 'box-gone' }),
  });
  coach.start();

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = parseMessage(ContentMessage, message);
    return parsed && coach ? coach.handle(parsed) : undefined;
  });
}
