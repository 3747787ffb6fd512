import { describe, expect, test } from 'vitest';
import { coveredBy, parseSite } from '../../src/shared/custom-sites';

const BUILT_IN = ['https://mail.google.com/*', 'https://*.zendesk.com/*', 'https://app.frontapp.com/*'];

describe('parseSite', () => {
  test.each([
    ['help.acme.com', 'help.acme.com', 'https://help.acme.com/*'],
    ['  Help.Acme.COM  ', 'help.acme.com', 'https://help.acme.com/*'],
    ['https://help.acme.com/agent/tickets/12?x=1#y', 'help.acme.com', 'https://help.acme.com/*'],
    ['http://intranet.acme.local:8080/desk', 'intranet.acme.local', 'http://intranet.acme.local/*'],
    ['*.acme.com', '*.acme.com', 'https://*.acme.com/*'],
    ['support.acme.co.uk.', 'support.acme.co.uk', 'https://support.acme.co.uk/*'],
    ['10.0.0.12', '10.0.0.12', 'https://10.0.0.12/*'],
    ['http://localhost:3000', 'localhost', 'http://localhost/*'],
  ])('%s is the site %s', (input, host, pattern) => {
    expect(parseSite(input)).toEqual({ ok: true, site: { host, pattern } });
  });

  test.each([
    [''],
    ['*'],
    ['*.com'],
    ['ftp://files.acme.com'],
    ['file:///etc/passwd'],
    ['javascript:alert(1)'],
    ['acme'],
    ['help acme.com'],
    ['-bad.acme.com'],
    ['help.*.acme.com'],
    ['user:pw@help.acme.com'],
    ['300.1.1.1'],
    ['*.10.0.0.1'],
  ])('%j is refused with a reason', (input) => {
    const parsed = parseSite(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).not.toBe('');
  });
});

describe('coveredBy', () => {
  test.each([
    ['acme.zendesk.com', true],
    ['zendesk.com', true],
    ['*.acme.zendesk.com', true],
    ['mail.google.com', true],
    ['app.frontapp.com', true],
    ['*.frontapp.com', false],
    ['help.acme.com', false],
    ['notzendesk.com', false],
  ])('%s → %s', (host, covered) => {
    expect(coveredBy(host, BUILT_IN)).toBe(covered);
  });
});
