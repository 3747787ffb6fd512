// A helpdesk site is one file: each adapter declares its hosts as match patterns, the build
// writes them into the manifest's content script `matches`, and the page's address picks
// the adapter by the same patterns. These fail when the adapters, the list the build reads
// and the committed manifest disagree.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ADAPTERS, ADAPTER_HOSTS } from '../../src/content/sites/adapters';
import { generic } from '../../src/content/sites/generic';
import { siteFor } from '../../src/content/sites/index';
import { matchesPattern, parsePattern } from '../../src/content/sites/match-pattern';
import type { Site } from '../../src/content/sites/site';

const ROOT = resolve(import.meta.dirname, '../..');
const SITES_DIR = join(ROOT, 'src/content/sites');

const isSite = (value: unknown): value is Site =>
  typeof value === 'object' && value !== null && Array.isArray((value as Site).hosts) && typeof (value as Site).excluded === 'string';

/** Every Site that a module in src/content/sites/ exports, by export name. */
async function exportedSites(): Promise<Map<string, Site>> {
  const found = new Map<string, Site>();
  for (const file of readdirSync(SITES_DIR).filter((f) => f.endsWith('.ts'))) {
    const module: Record<string, unknown> = await import(pathToFileURL(join(SITES_DIR, file)).href);
    for (const [name, value] of Object.entries(module)) if (isSite(value)) found.set(`${file}:${name}`, value);
  }
  return found;
}

/** A page on the pattern's hosts: a subdomain for a `*.` host, a path for a `*` path. */
const pageOf = (pattern: string): URL => new URL(pattern.replace('://*.', '://acme.').replace(/\*/g, 'tickets/4471'));

describe('match patterns, read as the browser reads a content script’s matches', () => {
  test.each([
    ['https://*.zendesk.com/*', 'https://acme.zendesk.com/agent/tickets/1', true],
    ['https://*.zendesk.com/*', 'https://zendesk.com/', true],
    ['https://*.zendesk.com/*', 'https://a.b.zendesk.com/x?y=1', true],
    ['https://*.zendesk.com/*', 'https://notzendesk.com/', false],
    ['https://*.zendesk.com/*', 'https://zendesk.com.evil.example/', false],
    ['https://*.zendesk.com/*', 'http://acme.zendesk.com/', false],
    ['https://mail.google.com/*', 'https://mail.google.com:8443/mail/u/0/', true],
    ['https://mail.google.com/*', 'https://google.com/', false],
    ['https://mail.google.com/*', 'https://xmail.google.com/', false],
    ['https://example.com/agent/*', 'https://example.com/agent/tickets', true],
    ['https://example.com/agent/*', 'https://example.com/hc/agent/', false],
    ['https://example.com/a.b*', 'https://example.com/aXb', false],
    ['*://example.com/*', 'http://example.com/', true],
    ['*://example.com/*', 'ftp://example.com/', false],
    ['https://*/*', 'https://anything.example/', true],
  ])('%s on %s: %s', (pattern, url, matched) => {
    expect(matchesPattern(pattern, new URL(url))).toBe(matched);
  });

  test.each([['https://*zendesk.com/*'], ['https://a.*.com/*'], ['https://mail.google.com'], ['ftp://example.com/*'], ['mail.google.com/*'], ['https://.example.com/*'], ['']])(
    '%j is not a match pattern, and matches nothing',
    (pattern) => {
      expect(parsePattern(pattern)).toBeUndefined();
      expect(matchesPattern(pattern, new URL('https://mail.google.com/'))).toBe(false);
    },
  );
});

describe('site adapters and the manifest', () => {
  test('every adapter in src/content/sites/ is listed, so its hosts reach the manifest', async () => {
    const sites = await exportedSites();
    const withHosts = [...sites].filter(([, site]) => site.hosts.length > 0);
    expect(withHosts.length).toBeGreaterThan(0);
    for (const [name, site] of withHosts) expect(ADAPTERS, `${name} is not in ADAPTERS`).toContain(site);
    expect(ADAPTERS.length).toBe(withHosts.length);
  });

  test('every adapter declares its hosts as https match patterns the browser accepts', () => {
    for (const site of ADAPTERS) {
      expect(site.hosts.length).toBeGreaterThan(0);
      for (const pattern of site.hosts) expect(parsePattern(pattern)?.schemes, pattern).toEqual(['https']);
    }
  });

  test('the list the build writes holds every adapter’s hosts, once each', () => {
    expect(new Set(ADAPTER_HOSTS).size).toBe(ADAPTER_HOSTS.length);
    expect(new Set(ADAPTER_HOSTS)).toEqual(new Set(ADAPTERS.flatMap((site) => site.hosts)));
  });

  test('a page on any of an adapter’s hosts gets that adapter (no other adapter’s pattern comes first)', () => {
    for (const site of ADAPTERS) for (const pattern of site.hosts) expect(siteFor(pageOf(pattern)), pattern).toBe(site);
  });

  test('a page on no adapter’s host (a team’s own helpdesk) gets the generic adapter', () => {
    expect(siteFor(new URL('https://desk.acme-support.example/tickets/4471'))).toBe(generic);
    for (const pattern of ADAPTER_HOSTS) expect(siteFor(new URL(pageOf(pattern).href.replace(/^https:/, 'http:')))).toBe(generic);
  });

  test('manifest.json leaves the content script’s matches to the adapters (a list there would override theirs)', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0]).not.toHaveProperty('matches');
    // Host access comes with the content script; nothing else in the manifest names these hosts.
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});
