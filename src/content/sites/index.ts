import { generic } from './generic';
import { gmail } from './gmail';
import type { Site } from './site';
import { zendesk } from './zendesk';

const SITES: readonly Site[] = [gmail, zendesk, generic];

export const siteFor = (url: URL): Site => SITES.find((site) => site.matches(url)) ?? generic;

export type { ReplyBox, Site } from './site';
