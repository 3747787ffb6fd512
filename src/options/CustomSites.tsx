// Your own helpdesk: add a site the coach should run on. The browser asks the user for
// that one origin at the moment they click Add; removing a site gives the access back.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { addCustomSite, builtInPatterns, listCustomSites, removeCustomSite } from '../shared/custom-site-scripts';
import { coveredBy, parseSite, type CustomSite } from '../shared/custom-sites';
import { t } from '../shared/i18n';

type Message = { kind: 'ok' | 'error'; text: string };

export function CustomSites() {
  const [sites, setSites] = useState<CustomSite[] | undefined>(undefined);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<Message | undefined>(undefined);
  const refresh = (): Promise<void> => listCustomSites().then(setSites);
  useEffect(() => void refresh(), []);

  const add = async (event: Event): Promise<void> => {
    event.preventDefault();
    const parsed = parseSite(input);
    if (!parsed.ok) return setMessage({ kind: 'error', text: parsed.error });
    const { site } = parsed;
    if (coveredBy(site.host, builtInPatterns())) return setMessage({ kind: 'error', text: t('options_site_covered', site.host) });
    // Asked first, while the click still counts as the user's own gesture.
    const granted = await browser.permissions.request({ origins: [site.pattern] });
    if (!granted) return setMessage({ kind: 'error', text: t('options_site_denied', site.host) });
    try {
      await addCustomSite(site);
      setInput('');
      setMessage({ kind: 'ok', text: t('options_site_added', site.host) });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
    await refresh();
  };

  const remove = async (site: CustomSite): Promise<void> => {
    await removeCustomSite(site);
    setMessage({ kind: 'ok', text: t('options_site_removed', site.host) });
    await refresh();
  };

  return (
    <section class="panel custom-sites" aria-labelledby="custom-sites-title">
      <h2 id="custom-sites-title">{t('options_sites')}</h2>
      <p class="help">{t('options_sites_help')}</p>
      {sites && sites.length > 0 && (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site.pattern} data-site={site.host}>
              <span>{site.pattern}</span>
              <button type="button" class="link" onClick={() => void remove(site)} aria-label={t('options_site_remove', site.host)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)}>
        <label for="custom-site">{t('options_site_address')}</label>
        <input id="custom-site" type="text" inputMode="url" placeholder="help.example.com" value={input} onInput={(e) => setInput(e.currentTarget.value)} />
        <button type="submit">{t('options_site_add')}</button>
      </form>
      {message && (
        <p class={`site-message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
