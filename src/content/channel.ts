// The content script's line to the worker: one port, reopened on demand (the worker
// sleeps when idle and its ports close with it). A request whose port closed before
// the answer came is sent once more on a fresh port, which wakes a new worker.
import browser, { type Runtime } from 'webextension-polyfill';
import type { Result } from '../engine/types';
import { COACH_PORT, MAX_TEXT, parseMessage, PortReply, PortRequest, Recheck, type CheckReply } from '../shared/messages';
import { requestNeverFlag } from '../shared/never-flag';
import type { Channel, Checked } from './coach';

type Message = CheckReply | { type: 'box-gone' } | { type: 'focus' };

/**
 * The message as the worker will take it, or undefined when it would be ignored (and its
 * answer awaited for ever): a customer message over the cap is cut to its start, where
 * the complaint is; a reply over the cap (a pasted log, a megabyte of text) is not sent.
 */
function fit(message: Message): Message | undefined {
  if (message.type !== 'check') return message;
  if (message.reply.length > MAX_TEXT) return undefined;
  if ((message.customer?.length ?? 0) <= MAX_TEXT) return message;
  return { ...message, customer: message.customer!.slice(0, MAX_TEXT) };
}

export function workerChannel(onOrphaned: () => void, onRecheck: () => void): Channel {
  let port: Runtime.Port | undefined;
  let nextId = 0;
  const waiting = new Map<number, { message: Message; retried: boolean; done: (r: Checked | undefined) => void }>();

  const open = (): Runtime.Port | undefined => {
    if (port) return port;
    try {
      port = browser.runtime.connect({ name: COACH_PORT });
    } catch {
      onOrphaned(); // the extension was updated or removed under this page
      return undefined;
    }
    port.onMessage.addListener((raw: unknown) => {
      if (parseMessage(Recheck, raw)) return onRecheck();
      const reply = parseMessage(PortReply, raw);
      const request = reply && waiting.get(reply.id);
      if (!reply || !request) return;
      waiting.delete(reply.id);
      request.done(reply.result ? { result: reply.result as Result, neverFlag: reply.neverFlag === true } : undefined);
    });
    port.onDisconnect.addListener(() => {
      port = undefined;
      for (const [id, request] of [...waiting]) {
        waiting.delete(id);
        if (request.retried) request.done(undefined);
        else send(request.message, true).then(request.done);
      }
    });
    return port;
  };

  const send = (message: Message, retried = false): Promise<Checked | undefined> =>
    new Promise((done) => {
      const target = open();
      if (!target) return done(undefined);
      const id = ++nextId;
      if (!parseMessage(PortRequest, { id, message })) return done(undefined);
      waiting.set(id, { message, retried, done });
      try {
        target.postMessage({ id, message });
      } catch {
        waiting.delete(id);
        port = undefined;
        done(undefined);
      }
    });

  return {
    check: (message) => {
      const fitted = fit(message);
      return fitted ? send(fitted) : Promise.resolve(undefined);
    },
    gone: () => void send({ type: 'box-gone' }),
    focus: () => void send({ type: 'focus' }),
    asleep: () => port === undefined,
    neverFlag: requestNeverFlag,
  };
}

