// Content script entry: wires the coach for this site to the worker and the popup.
import browser, { type Runtime } from 'webextension-polyfill';
import { ContentMessage, parseMessage, touchesSettings } from '../shared/messages';
import { workerChannel } from './channel';
import { Coach } from './coach';
import { pageUrl, siteFor } from './sites';

const flag = Symbol.for('replycoach.content');
const scope = globalThis as typeof globalThis & { [flag]?: boolean };

if (!scope[flag]) {
  scope[flag] = true;
  // After an extension update the old script is orphaned: it stops quietly.
  const coach: Coach = new Coach(siteFor(pageUrl()), workerChannel(() => coach.stop(), () => coach.recheck()));
  coach.start();

  // A team lead's new settings apply to the reply on screen right away: the worker
  // says so over the port when it is awake; a sleeping one starts with them anyway.
  browser.storage.onChanged.addListener((changes, area) => {
    if (touchesSettings(changes, area)) coach.recheck();
  });

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = parseMessage(ContentMessage, message);
    return parsed ? coach.handle(parsed) : undefined;
  });
}
