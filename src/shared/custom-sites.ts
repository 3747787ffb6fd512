// A team's own helpdesk (self-hosted, or a product without an adapter): what the options
// page accepts as a site, and the one match pattern the extension asks for and injects on.
// Pure: no browser API.

export interface CustomSite {
  /** Host name, or `*.domain` for every subdomain. */
  host: string;
  /** The match pattern asked for and injected on: `https://host/*` (or `http://`). */
  pattern: string;
}

export type ParsedSite = { ok: true; site: CustomSite } | { ok: false; error: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

const fail = (error: string): ParsedSite => ({ ok: false, error });

/**
 * Reads what a user typed ("help.acme.com", "https://help.acme.com/agent/123",
 * "*.acme.com", "http://intranet.local:8080") as one site. Only http and https, a real
 * host name (no bare `*`, no wildcard but a leading `*.` on a registrable-looking domain);
 * a port or path is dropped, since the extension asks for the whole origin.
 */
export function parseSite(input: string): ParsedSite {
  let text = input.trim().toLowerCase();
  if (!text) return fail('Enter the address of your helpdesk, e.g. help.example.com.');
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(text)?.[1];
  if (scheme && scheme !== 'https' && scheme !== 'http') return fail('Only http:// and https:// sites can be added.');
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  if (text.includes('@')) return fail('Enter only the address, without a user name.');
  const host = text.split(/[/?#]/, 1)[0]!.replace(/:\d*$/, '').replace(/\.$/, '');
  const wildcard = host.startsWith('*.');
  const name = wildcard ? host.slice(2) : host;
  const labels = name.split('.');
  const ip = IPV4.exec(name);
  if (ip) {
    if (wildcard || ip.slice(1).some((n) => Number(n) > 255)) return fail(`"${host}" is not a valid address.`);
  } else if (!labels.every((label) => LABEL.test(label)) || (labels.length < 2 && name !== 'localhost')) {
    return fail(`"${host || input.trim()}" is not a host name: enter something like help.example.com.`);
  }
  if (wildcard && labels.length < 2) return fail('A wildcard needs a domain under it, e.g. *.example.com.');
  return { ok: true, site: { host, pattern: `${scheme ?? 'https'}://${host}/*` } };
}

/** Whether `host` is already matched by one of `patterns` (`https://*.zendesk.com/*` …). */
export function coveredBy(host: string, patterns: readonly string[]): boolean {
  const bare = host.replace(/^\*\./, '');
  return patterns.some((pattern) => {
    const patternHost = /^[a-z*]+:\/\/([^/]+)\//.exec(pattern)?.[1];
    if (!patternHost) return false;
    if (patternHost === '*') return true;
    if (patternHost.startsWith('*.')) {
      const domain = patternHost.slice(2);
      return bare === domain || bare.endsWith(`.${domain}`);
    }
    return !host.startsWith('*.') && bare === patternHost;
  });
}

/** The id of a site's registered content script (ids must not start with `_`). */
export const scriptId = (site: CustomSite): string => `custom-site ${site.pattern}`;
export const isSiteScript = (id: string): boolean => id.startsWith('custom-site ');
export const patternOfScript = (id: string): string => id.slice('custom-site '.length);

/** The site a registered pattern stands for. */
export function siteOfPattern(pattern: string): CustomSite {
  return { host: /^[a-z]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? pattern, pattern };
}
