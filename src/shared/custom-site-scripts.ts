// A team's own helpdesk: the content script registered at run time for exactly the
// origins the user added and granted, with the generic adapter (the content script picks
// it for any host without one). Nothing runs on a site the user did not add; removing a
// site, or revoking its access in the browser, unregisters it and gives the access back.
import browser from 'webextension-polyfill';
import { isSiteScript, patternOfScript, scriptId, siteOfPattern, type CustomSite } from './custom-sites';

/** The content script and styles the manifest ships, as built (`content.js`, `content.css`). */
function shippedScript(): { js: string[]; css: string[] } {
  const [script] = browser.runtime.getManifest().content_scripts ?? [];
  return { js: script?.js ?? [], css: script?.css ?? [] };
}

/** The hosts the manifest's content script already runs on. */
export const builtInPatterns = (): string[] => browser.runtime.getManifest().content_scripts?.flatMap((s) => s.matches ?? []) ?? [];

export async function listCustomSites(): Promise<CustomSite[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts.filter((s) => isSiteScript(s.id)).map((s) => siteOfPattern(patternOfScript(s.id)));
}

/**
 * Registers the content script on `site`, whose origin the user has just granted (the
 * request itself must come from their click, on the options page).
 */
export async function addCustomSite(site: CustomSite): Promise<void> {
  if (!(await browser.permissions.contains({ origins: [site.pattern] }))) throw new Error(`Access to ${site.host} was not granted.`);
  const id = scriptId(site);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  const { js, css } = shippedScript();
  await browser.scripting.registerContentScripts([
    { id, matches: [site.pattern], js, css, runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
  ]);
}

/** Unregisters the site's script and gives up access to its origin. */
export async function removeCustomSite(site: CustomSite): Promise<void> {
  const id = scriptId(site);
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [id] });
  }
  try {
    await browser.permissions.remove({ origins: [site.pattern] });
  } catch {
    // Access the browser grants for another reason (policy, the manifest) stays; nothing runs there now.
  }
}

/** In the worker: access revoked from the browser's own settings unregisters the site too. */
export function unregisterRevokedSites(): void {
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    const ids = origins.map((pattern) => scriptId(siteOfPattern(pattern)));
    void browser.scripting
      .getRegisteredContentScripts({ ids })
      .then((found) => (found.length > 0 ? browser.scripting.unregisterContentScripts({ ids: found.map((s) => s.id) }) : undefined));
  });
}
