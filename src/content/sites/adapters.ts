// Every helpdesk that has an adapter, in the order a page's address is tried against
// them. Loading it touches no browser API: the build reads the hosts from here to write
// the manifest's content script `matches`, so a site's hosts are declared once, in its adapter.
import { freshdesk } from './freshdesk';
import { front } from './front';
import { gmail } from './gmail';
import { helpscout } from './helpscout';
import { intercom } from './intercom';
import { outlook } from './outlook';
import type { Site } from './site';
import { zendesk } from './zendesk';

export const ADAPTERS: readonly Site[] = [gmail, zendesk, outlook, freshdesk, intercom, helpscout, front];

/** Every adapter's match patterns, once each, in adapter order: where the content script ships to run. */
export const ADAPTER_HOSTS: readonly string[] = [...new Set(ADAPTERS.flatMap((site) => site.hosts))];
