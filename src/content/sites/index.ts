import { freshdesk } from './freshdesk';
import { front } from './front';
import { generic } from './generic';
import { gmail } from './gmail';
import { helpscout } from './helpscout';
import { intercom } from './intercom';
import { outlook } from './outlook';
import type { Site } from './site';
import { pageWindow } from './thread';
import { zendesk } from './zendesk';

const SITES: readonly Site[] = [gmail, zendesk, outlook, freshdesk, intercom, helpscout, front, generic];

export const siteFor = (url: URL): Site => SITES.find((site) => site.matches(url)) ?? generic;

/** The address that names the site (a blank editor frame takes its page's). */
export const pageUrl = (): URL => new URL(pageWindow().location.href);
