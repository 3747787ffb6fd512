import { ADAPTERS } from './adapters';
import { generic } from './generic';
import { matchesPattern } from './match-pattern';
import type { Site } from './site';
import { pageWindow } from './thread';

/** The adapter whose hosts name `url`; the generic one elsewhere (a site a team added). */
export const siteFor = (url: URL): Site => ADAPTERS.find((site) => site.hosts.some((pattern) => matchesPattern(pattern, url))) ?? generic;

/** The address that names the site (a blank editor frame takes its page's). */
export const pageUrl = (): URL => new URL(pageWindow().location.href);
