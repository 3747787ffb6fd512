// Match patterns (`https://*.zendesk.com/*`), read the way the browser reads a content
// script's `matches`: an adapter's hosts both put the content script on a page (in the
// built manifest) and pick the adapter there, so the two cannot disagree. Pure: no browser API.

interface ParsedPattern {
  schemes: readonly string[];
  /** `*` for any host, `*.example.com` for it and its subdomains, or one host name. */
  host: string;
  path: RegExp;
}

const SHAPE = /^(\*|https?):\/\/(\*|(?:\*\.)?[a-z0-9.-]+)(\/.*)$/;

const glob = (path: string): RegExp => new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/** The pattern's parts, or undefined when it is not an http(s) match pattern the browser accepts. */
export function parsePattern(pattern: string): ParsedPattern | undefined {
  const [, scheme, host, path] = SHAPE.exec(pattern) ?? [];
  if (!scheme || !host || !path || host.includes('..') || host.startsWith('.') || host.endsWith('.')) return undefined;
  // `*` as a scheme means http and https only, as in the browser.
  return { schemes: scheme === '*' ? ['http', 'https'] : [scheme], host, path: glob(path) };
}

function hostMatches(host: string, hostname: string): boolean {
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const domain = host.slice(2);
    return hostname === domain || hostname.endsWith(`.${domain}`);
  }
  return hostname === host;
}

/** Whether the page at `url` is one `pattern` names (any port, as the browser has it). */
export function matchesPattern(pattern: string, url: URL): boolean {
  const parsed = parsePattern(pattern);
  return (
    !!parsed &&
    parsed.schemes.includes(url.protocol.slice(0, -1)) &&
    hostMatches(parsed.host, url.hostname) &&
    parsed.path.test(url.pathname + url.search)
  );
}
