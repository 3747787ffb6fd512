// Runs the built extension in Debian's Chromium against the fixture pages, served
// over HTTPS under the real host names so the shipped manifest's match patterns apply.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, isAbsolute, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { TabState } from '../../src/shared/messages';
import { VENDOR } from './editors';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const OUTPUT = join(ROOT, 'tests/output');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ';
export const ZENDESK = 'https://acme.zendesk.com/agent/tickets/1234';
export const DEMO = 'https://demo.zendesk.com/agent/tickets/1';
/** A page on a matched host with no reply box on it. */
export const PLAIN = 'https://acme.zendesk.com/hc/en-us';

/** The other helpdesks: a ticket page on each real host name, and the fixture that reproduces it. */
export const SITE_PAGES = {
  outlook: { url: 'https://outlook.office.com/mail/inbox/id/AAQkAGI2', file: 'outlook.html' },
  outlookLive: { url: 'https://outlook.live.com/mail/0/inbox/id/AQQkADAw', file: 'outlook.html' },
  freshdesk: { url: 'https://acme.freshdesk.com/a/tickets/4471', file: 'freshdesk.html' },
  intercom: { url: 'https://app.intercom.com/a/inbox/abc123/inbox/conversation/4471', file: 'intercom.html' },
  helpscout: { url: 'https://secure.helpscout.net/conversation/4471/88/', file: 'helpscout.html' },
  front: { url: 'https://app.frontapp.com/open/cnv_4471', file: 'front.html' },
} as const;
/** A team's own helpdesk, on no host the manifest names. */
export const CUSTOM_SITE = { host: 'desk.acme-support.example', url: 'https://desk.acme-support.example/tickets/4471' };
/** A reply editor in a blank iframe the page builds, on a matched host. */
export const FRAME_PAGE = 'https://acme.freshdesk.com/embedded/frame';
/** Two tickets side by side, each with its reply box in a same-origin iframe, on a matched host. */
export const SPLIT_PAGE = 'https://acme.freshdesk.com/embedded/split';
/** A ticket with its own reply box, and a second ticket's in a same-origin iframe beside it. */
export const SIDE_PAGE = 'https://acme.freshdesk.com/embedded/side';
/** A reply editor in a blank iframe on Zendesk, with Zendesk's conversation log around it. */
export const ZENDESK_FRAME_PAGE = 'https://acme.zendesk.com/embedded/frame';
/** A reply box inside an open shadow root, on a matched host. */
export const SHADOW_PAGE = 'https://app.frontapp.com/embedded/shadow';
/** A page that attacks the coach (Gmail's host), with a hidden cross-origin frame of its own. */
export const HOSTILE_PAGE = 'https://mail.google.com/hostile/thread';
const SITE_HOSTS = [...new Set(Object.values(SITE_PAGES).map((p) => new URL(p.url).hostname))];

const HOSTS = ['mail.google.com', '*.zendesk.com', 'acme.zendesk.com', 'demo.zendesk.com', '*.freshdesk.com', ...SITE_HOSTS, CUSTOM_SITE.host];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** A self-signed certificate for the real host names, made with openssl for this run. */
function makeCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=ReplyCoach test',
    '-keyout', key, '-out', cert, '-addext', `subjectAltName=${HOSTS.map((h) => `DNS:${h}`).join(',')}`,
  ], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** The file to serve for `path` on `host`: a fixture page, or a real editor's file. */
function pageFor(host: string, path: string): string | undefined {
  const vendor = /^\/vendor\/([\w.-]+)$/.exec(path);
  if (vendor) return VENDOR[vendor[1]!];
  if (/^\/[\w-]+\.(js|css)$/.test(path)) return path.slice(1);
  if (host === 'mail.google.com' && path.startsWith('/hostile/')) return 'hostile.html';
  if (path === '/hostile-frame') return 'hostile-frame.html';
  if (host === 'mail.google.com' && path.startsWith('/mail/')) return 'gmail.html';
  if (host === 'demo.zendesk.com') return 'demo.html';
  if (host.endsWith('.zendesk.com') && path.startsWith('/agent/')) return 'zendesk.html';
  if (host.endsWith('.zendesk.com') && path.startsWith('/hc/')) return 'plain.html';
  if (host.endsWith('.zendesk.com') && path === '/embedded/frame') return 'zendesk-frame.html';
  if (path === '/embedded/shadow') return 'shadow.html';
  if (path === '/embedded/frame') return 'frame.html';
  if (path === '/embedded/split') return 'split.html';
  if (path === '/embedded/side') return 'side-conversation.html';
  const pane = /^\/embedded\/pane-([ab])$/.exec(path);
  if (pane) return `split-pane-${pane[1]}.html`;
  if (host === CUSTOM_SITE.host) return 'custom.html';
  return Object.values(SITE_PAGES).find((p) => new URL(p.url).hostname === host)?.file;
}

export async function startServer(dir: string): Promise<Server> {
  const server = createServer(makeCertificate(dir), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const found = pageFor(host, new URL(req.url ?? '/', 'https://x').pathname);
    const file = found && (isAbsolute(found) ? found : join(FIXTURES, found));
    if (!file || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': `${TYPES[extname(file)] ?? 'text/plain'}; charset=utf-8`, 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  port: number;
  /** The extension's service worker (a new one after a restart). */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/** `locale` sets the browser's UI language, which picks the extension's `_locales`. */
export async function launch(options: { headless?: boolean; locale?: string; extension?: string } = {}): Promise<Session> {
  const headless = options.headless ?? true;
  // `extension`: a copy of dist/ to load instead (a test that changes its manifest).
  const extension = options.extension ?? DIST;
  if (!existsSync(join(extension, 'manifest.json'))) throw new Error('dist/ is missing: run `npx vite build` first');
  const dir = mkdtempSync(join(tmpdir(), 'replycoach-e2e-'));
  const server = await startServer(dir);
  const port = (server.address() as AddressInfo).port;
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless,
    // On screen (the demo), the caller closes the browser on Ctrl+C and cleans up after it.
    handleSIGINT: headless,
    handleSIGTERM: headless,
    ignoreHTTPSErrors: true,
    // On Linux, Chromium takes its UI language from the environment (LANGUAGE), given the
    // language's .pak from Debian's chromium-l10n.
    ...(options.locale ? { locale: options.locale, env: { ...process.env, LANGUAGE: options.locale } } : {}),
    // A fixed size makes screenshots comparable; a window on screen keeps its own size.
    viewport: headless ? { width: 1100, height: 800 } : null,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      `--host-resolver-rules=${['mail.google.com', '*.zendesk.com', ...SITE_HOSTS, CUSTOM_SITE.host].map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}`,
    ],
  });
  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://'));
    return live.at(-1) ?? (await context.waitForEvent('serviceworker'));
  };
  const extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    port,
    worker,
    async close() {
      try {
        await context.close();
      } finally {
        server.closeAllConnections();
        await new Promise((done) => server.close(done));
        rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      }
    },
  };
}

/** The tab id Chromium gave `page`, as the extension sees it. */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await session.worker();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

export function popupUrl(session: Session, tabId?: number): string {
  const base = `chrome-extension://${session.extensionId}/src/popup/popup.html`;
  return tabId === undefined ? base : `${base}?tab=${tabId}`;
}

/**
 * The text of each range the extension highlighted under names that start with `prefix`, in
 * document order: `replycoach-warn` takes both kinds of warning (`replycoach-warn-listening`,
 * `replycoach-warn-ownership`), a full name one highlight.
 */
export function highlighted(page: Page, prefix = 'replycoach-warn'): Promise<string[]> {
  return page.evaluate((p) => {
    const ranges = [...CSS.highlights].filter(([n]) => n.startsWith(p)).flatMap(([, h]) => [...h] as Range[]);
    return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((r) => r.toString());
  }, prefix);
}

/** Stops every service worker (MV3 workers are stopped like this when idle). */
export async function stopWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** The tab's stored state, as the popup reads it. */
export async function tabState(session: Session, tabId: number): Promise<TabState | undefined> {
  const worker = await session.worker();
  const key = `tab:${tabId}`;
  const stored = await worker.evaluate((k) => chrome.storage.session.get(k), key);
  return stored[key] as TabState | undefined;
}

export async function badgeText(session: Session, tabId: number): Promise<string> {
  const worker = await session.worker();
  return worker.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId);
}

/** Whether every highlighted range sits in connected nodes inside `selector` and outside `outside`. */
export function rangesWithin(page: Page, selector: string, outside = ''): Promise<boolean> {
  return page.evaluate(
    ([inside, out]) => {
      const ranges = [...CSS.highlights].filter(([n]) => n.startsWith('replycoach-')).flatMap(([, h]) => [...h] as Range[]).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)) as Range[];
      return (
        ranges.length > 0 &&
        ranges.every((r) => {
          const el = r.startContainer.parentElement;
          return r.startContainer.isConnected && !!el?.closest(inside!) && !(out && el?.closest(out));
        })
      );
    },
    [selector, outside],
  );
}

/** Opens the popup as a page for `tabId`, sized like the real popup. */
export async function openPopup(session: Session, tabId?: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(popupUrl(session, tabId));
  return popup;
}

export const GMAIL_REPLY = '#inline-reply [role=textbox] > div:first-child';
export const ZENDESK_COMPOSER = '[data-test-id="omnicomposer-rich-text-ckeditor"]';

/** Opens `url` in a new tab, clicks into `box` and types `text`; returns the page and its tab id. */
export async function typeIn(session: Session, url: string, box: string, text = ''): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(url);
  // Pages with a real editor say when it has mounted.
  await page.waitForFunction(() => document.body.dataset.editorReady !== 'false');
  await page.click(box);
  if (text) await page.keyboard.type(text);
  return { page, tabId: await tabIdOf(session, page) };
}

/** Clicks Insert on the popup's first missing move; returns the sentence it offered. */
export async function insertFirstSuggestion(popup: Page): Promise<string> {
  const card = popup.locator('.card.suggestion').first();
  await card.waitFor();
  const sentence = await card.locator('.sentence').innerText();
  await card.getByRole('button', { name: 'Insert' }).click();
  return sentence;
}
