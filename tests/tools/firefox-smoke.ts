// A smoke test of the Firefox build in a real Firefox, over WebDriver BiDi (built into
// Firefox: no driver, no dependency). It installs dist-firefox/ as a temporary add-on, opens
// the Gmail fixture under its real host name, types a reply, and checks that the content
// script and the background script mark the phrases that hurt and explain them on hover.
// The last step of `npm test` (`npm run smoke:firefox`), with Firefox 140 or later; Debian's
// firefox-esr is installed when it is missing and the run is root, as Chromium is for the e2e.
// FIREFOX_PATH overrides /usr/bin/firefox-esr.
// (WebDriver BiDi does not open moz-extension:// pages, so the popup is left to Chromium's e2e.)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GMAIL_REPLY, ROOT, startServer } from '../e2e/harness';
import { BAD_REPLY } from '../e2e/replies';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ID = 'replycoach@replycoach.app';

type Pending = { done(result: any): void; fail(error: Error): void };

async function connect(address: string) {
  const socket = new WebSocket(`${address}/session`);
  await new Promise((done, fail) => {
    socket.onopen = done;
    socket.onerror = fail;
  });
  let next = 0;
  const waiting = new Map<number, Pending>();
  socket.onmessage = ({ data }) => {
    const message = JSON.parse(String(data));
    const pending = waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id);
    if (message.type === 'error') pending.fail(new Error(`${message.error}: ${message.message}`));
    else pending.done(message.result);
  };
  const send = (method: string, params: object = {}): Promise<any> =>
    new Promise((done, fail) => {
      const id = ++next;
      waiting.set(id, { done, fail });
      socket.send(JSON.stringify({ id, method, params }));
    });
  return { send, close: () => socket.close() };
}

function ensureFirefox(): void {
  if (existsSync(FIREFOX)) return;
  if (FIREFOX !== '/usr/bin/firefox-esr' || process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`Firefox not found at ${FIREFOX}: run \`apt-get update && apt-get install -y firefox-esr\` as root, or set FIREFOX_PATH.`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', 'firefox-esr'], { stdio: 'inherit', env });
}

export async function main(): Promise<number> {
  ensureFirefox();
  const dir = mkdtempSync(join(tmpdir(), 'replycoach-firefox-'));
  const server = await startServer(dir);
  const port = (server.address() as AddressInfo).port;
  // The real host names resolve to this machine, so the shipped match patterns apply.
  writeFileSync(join(dir, 'user.js'), 'user_pref("network.dns.localDomains", "mail.google.com");\nuser_pref("browser.shell.checkDefaultBrowser", false);\n');
  const firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', dir, '--remote-debugging-port=0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let failed = false;
  const check = (name: string, ok: boolean, detail = ''): void => {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
    if (!ok) failed = true;
  };
  let bidi: Awaited<ReturnType<typeof connect>> | undefined;
  try {
    const address = await new Promise<string>((done, fail) => {
      let seen = '';
      const timer = setTimeout(() => fail(new Error(`Firefox did not start:\n${seen}`)), 60_000);
      firefox.stderr.on('data', (chunk) => {
        seen += chunk;
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
        if (match) {
          clearTimeout(timer);
          done(match[1]!);
        }
      });
      firefox.on('exit', (code) => fail(new Error(`Firefox exited (${code}):\n${seen}`)));
    });
    bidi = await connect(address);
    const { send } = bidi;
    const session = await send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    console.log(`Firefox ${session.capabilities.browserVersion}`);
    const installed = await send('webExtension.install', { extensionData: { type: 'path', path: join(ROOT, 'dist-firefox') } });
    check('the add-on installs', installed.extension === ID, installed.extension);

    const { context } = await send('browsingContext.create', { type: 'tab' });
    await send('browsingContext.navigate', { context, url: `https://mail.google.com:${port}/mail/u/0/#inbox/FMfcgzQXJ`, wait: 'complete' });
    const inPage = async <T>(expression: string): Promise<T> => {
      const reply = await send('script.evaluate', { expression: `(async () => JSON.stringify(await (${expression})))()`, target: { context }, awaitPromise: true });
      if (reply.type === 'exception') throw new Error(reply.exceptionDetails.text);
      return JSON.parse(reply.result.value) as T;
    };
    const poll = async <T>(expression: string, ok: (value: T) => boolean): Promise<T> => {
      let value = await inPage<T>(expression);
      for (let i = 0; i < 200 && !ok(value); i++) {
        await new Promise((r) => setTimeout(r, 50));
        value = await inPage<T>(expression);
      }
      return value;
    };

    await inPage(`(() => { const box = document.querySelector(${JSON.stringify(GMAIL_REPLY)}); box.focus(); const s = getSelection(); s.selectAllChildren(box); s.collapseToEnd(); return true; })()`);
    const keys = [...BAD_REPLY].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
    await send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions: keys }] });
    const marked = await poll<string[]>(`[...CSS.highlights].filter(([n]) => n.startsWith('replycoach-warn')).flatMap(([, h]) => [...h]).map((r) => r.toString())`, (v) => v.length >= 3);
    check('the content script marks the phrases that hurt (scored by the background script)', marked.length >= 3, marked.join(' | '));

    const point = await inPage<{ x: number; y: number }>(
      `(() => { const r = [...CSS.highlights].filter(([n]) => n.startsWith('replycoach-warn')).flatMap(([, h]) => [...h])[0].getBoundingClientRect(); return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) }; })()`,
    );
    await send('input.performActions', { context, actions: [{ type: 'pointer', id: 'mouse', actions: [{ type: 'pointerMove', x: point.x, y: point.y }] }] });
    // The card lives in a closed shadow root that page scripts cannot open; WebDriver BiDi
    // serializes closed roots too (`includeShadowTree: 'all'`), so read it through that.
    const cardText = async (): Promise<string> => {
      const hosts = await send('script.evaluate', {
        expression: '[...document.documentElement.children].filter((el) => el !== document.head && el !== document.body)',
        target: { context },
        awaitPromise: false,
        serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
      });
      for (const node of hosts.result?.value ?? []) {
        const root = node.value?.shadowRoot;
        if (!root?.sharedId) continue;
        const read = await send('script.callFunction', {
          functionDeclaration: "function () { const r = this.host.getBoundingClientRect(); const why = this.querySelector('.why'); return r.width > 0 && why ? why.textContent : ''; }",
          this: { sharedId: root.sharedId },
          target: { context },
          awaitPromise: false,
        });
        if (read.result?.value) return read.result.value as string;
      }
      return '';
    };
    let card = await cardText();
    for (let i = 0; i < 200 && card === ''; i++) {
      await new Promise((r) => setTimeout(r, 50));
      card = await cardText();
    }
    check('resting the pointer on a phrase explains it', card.length > 20, card);
  } catch (error) {
    check('smoke test', false, (error as Error).message);
  } finally {
    bidi?.close();
    firefox.kill();
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
  return failed ? 1 : 0;
}
