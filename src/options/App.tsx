// The team lead's options page: a searchable table of every rule with its phrases and
// sentences, a live preview, policy files and how to share them, the organisation's locks,
// the agent's own never-flag list, custom sites, and this device's habits.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { ComponentChild } from 'preact';
import type { PhraseHome } from '../shared/settings';
import { engineSettings, importOver, type TeamSettings } from '../shared/settings-fields';
import { mergeManaged } from '../shared/settings-managed';
import { finish, same } from './draft';
import { CustomSites } from './CustomSites';
import { Habits } from './Habits';
import { NeverFlag } from './NeverFlag';
import { PolicyFile, type ImportOutcome } from './PolicyFile';
import { Preview } from './Preview';
import { Lock } from './Lock';
import { RuleTable } from './RuleTable';
import { Sharing } from './Sharing';
import { load, save, watch, type Loaded } from './store';

/** Where the team phrases are kept, in the page's language. */
function phraseHomeText(home: PhraseHome, count: number): string {
  if (count === 0 || home === 'sync') return t('options_phrases_sync');
  return t(home === 'sync-split' ? 'options_phrases_split' : 'options_phrases_local', String(count));
}

type Status = { kind: 'ok' | 'error' | 'info'; text: string; details?: string[] } | undefined;

/** A placeholder value that marks where an element goes inside a localised sentence. */
const MARK = '\u2063';
const around = (text: string, middle: ComponentChild) => {
  const [before, after] = text.split(MARK);
  return (
    <>
      {before}
      {middle}
      {after}
    </>
  );
};
const withStrong = (text: string, value: string) => around(text, <strong>{value}</strong>);
const withCode = (text: string, value: string) => around(text, <code>{value}</code>);

/** Problems and notes, one per line, as text. */
function List({ items, className }: { items: string[] | undefined; className?: string }) {
  if (!items || items.length === 0) return null;
  return (
    <ul class={className}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function App() {
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [saved, setSaved] = useState<TeamSettings>({});
  const [draft, setDraft] = useState<TeamSettings>({});
  const [phrasesIn, setPhrasesIn] = useState<PhraseHome>('sync');
  const [status, setStatus] = useState<Status>(undefined);
  const [notice, setNotice] = useState<Status>(undefined);
  const [statsRevision, setStatsRevision] = useState(0);
  const dirty = !same(draft, saved);
  const savebar = useRef<HTMLElement>(null);
  // The page scrolls things into view clear of the sticky save bar (options.css), whose height
  // grows with a list of problems: it is measured rather than guessed.
  useEffect(() => {
    const bar = savebar.current;
    if (!bar) return;
    const observer = new ResizeObserver(() => document.documentElement.style.setProperty('--savebar-height', `${bar.offsetHeight}px`));
    observer.observe(bar);
    return () => observer.disconnect();
  }, [loaded === undefined]);

  const refresh = async (replaceDraft: boolean, first = false): Promise<void> => {
    const next = await load();
    setLoaded(next);
    // A save still landing (its phrase items not all written yet) is not adopted: taking it
    // as the page's settings would save it back without its phrases. The change event that
    // completes it follows.
    if (!first && next.saved.problems.length > 0) return;
    setSaved(next.saved.settings);
    setPhrasesIn(next.saved.phrasesIn);
    if (replaceDraft) setDraft(next.saved.settings);
  };
  useEffect(() => void refresh(true, true), []);
  // Saved elsewhere (another device, the administrator): follow it unless there are unsaved edits.
  useEffect(() => watch(() => void refresh(!dirty), () => setStatsRevision((n) => n + 1)), [dirty]);

  const managed = loaded?.managed;
  const locks = loaded?.locks;
  const effective = useMemo(() => mergeManaged(draft, managed), [draft, managed]);
  const forPreview = useMemo(() => engineSettings(effective), [effective]);

  const onSave = async (): Promise<void> => {
    const checked = finish(draft);
    if (!checked.ok) return setStatus({ kind: 'error', text: t('options_not_saved_fix'), details: checked.errors });
    // Saving can wait for a save from another options page to finish (they run one at a time).
    setStatus({ kind: 'info', text: t('options_saving') });
    try {
      const layout = await save(checked.settings);
      setNotice(undefined);
      setDraft(checked.settings);
      setSaved(checked.settings);
      setPhrasesIn(layout.phrasesIn);
      const phrases = checked.settings.phrases?.length ?? 0;
      setStatus({ kind: 'ok', text: t('options_saved', phraseHomeText(layout.phrasesIn, phrases)) });
    } catch (error) {
      setStatus({ kind: 'error', text: t('options_not_saved_error', (error as Error).message) });
    }
  };

  const onImport = (outcome: ImportOutcome): void => {
    if (!outcome.ok) {
      setNotice({ kind: 'error', text: t('options_import_failed', outcome.file), details: outcome.errors });
      return;
    }
    setDraft(importOver(draft, outcome.settings));
    setStatus(undefined);
    const { name } = outcome.settings;
    setNotice({ kind: 'info', text: name ? t('options_imported_named', name, outcome.file) : t('options_imported', outcome.file) });
  };

  if (!loaded) return <p class="loading">{t('options_loading')}</p>;
  const ownPhraseCount = saved.phrases?.length ?? 0;
  const problems = [...loaded.saved.problems];
  return (
    <div class="page">
      <header class="masthead">
        <img src="/icons/icon48.png" alt="" width={36} height={36} />
        <div>
          <h1>{t('options_title')}</h1>
          <p class="subtitle">{t('options_subtitle')}</p>
        </div>
        <PolicyFile settings={effective} onImport={onImport} />
      </header>
      <nav class="toc" aria-label={t('options_nav_label')}>
        <a href="#rules-title">{t('options_rules_heading')}</a>
        <a href="#never-flag-title">{t('options_never_flag_heading')}</a>
        <a href="#custom-sites-title">{t('options_sites')}</a>
        <a href="#habits-title">{t('options_habits')}</a>
        <a href="#sharing-title">{t('options_share_heading')}</a>
      </nav>

      {notice && (
        <div class={`banner import ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <p>{notice.text}</p>
          <List items={notice.details} className="problems" />
          <button type="button" class="link dismiss" onClick={() => setNotice(undefined)}>
            {t('options_dismiss')}
          </button>
        </div>
      )}
      {locks && (
        <div class="banner managed" role="note">
          <Lock by={locks.by} />
          <span>{withStrong(effective.name ? t('options_policy_set', effective.name, MARK) : t('options_policy_set_unnamed', MARK), locks.by)}</span>
        </div>
      )}
      {managed && managed.problems.length > 0 && (
        <div class="banner error" role="alert">
          <p>{t('options_policy_problems', managed.by)}</p>
          <List items={managed.problems} />
        </div>
      )}
      {problems.length > 0 && (
        <div class="banner error" role="alert">
          <p>{t('options_saved_problems')}</p>
          <List items={problems} />
        </div>
      )}

      <div class="layout">
        <main>
          <section class="panel team">
            <label class="name">
              <span>{t('options_policy_name')}</span>
              <input
                name="policy-name"
                value={(managed?.settings.name !== undefined && locks ? effective.name : draft.name) ?? ''}
                disabled={managed?.settings.name !== undefined && locks !== undefined}
                placeholder={t('options_policy_name_placeholder')}
                maxLength={500}
                onInput={(e) => {
                  const name = e.currentTarget.value;
                  const { name: _, ...rest } = draft;
                  setDraft(name.trim() ? { ...rest, name } : rest);
                }}
              />
              {managed?.settings.name !== undefined && locks && <Lock by={locks.by} />}
            </label>
            <div class="team-foot">
              <p class="help storage-note">{phraseHomeText(phrasesIn, ownPhraseCount)}</p>
              <button
                type="button"
                class="link"
                disabled={Object.keys(draft).every((key) => key === 'name')}
                onClick={() => {
                  setDraft(draft.name ? { name: draft.name } : {});
                  setNotice({ kind: 'info', text: t('options_reset_notice') });
                }}
              >
                {t('options_reset')}
              </button>
            </div>
          </section>
          <RuleTable draft={draft} effective={effective} locks={locks} onChange={setDraft} movesHelp={withCode(t('options_moves_help', MARK), '{issue}')} />
        </main>
        <aside>
          <Preview settings={forPreview} />
        </aside>
      </div>
      {/* Below the rules and the preview, in the page's own flow: nothing here sits in a
          scrolled box of its own, where the save bar could cover it. */}
      <div class="sections">
        <NeverFlag draft={draft} effective={effective} locks={locks} onChange={setDraft} />
        <Sharing />
        <CustomSites />
        <Habits revision={statsRevision} />
      </div>

      {/* The bar stays at the foot of the page until there is something to save or a result to
          read: pinned to the window from the first load, it covered whatever the window showed
          under it (the Add site button), with nothing to say but "All changes saved". */}
      <footer ref={savebar} class={`savebar ${dirty ? 'dirty' : ''} ${dirty || status ? 'pinned' : ''}`}>
        <div class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
          {status ? (
            <>
              <p>{status.text}</p>
              <List items={status.details} className="problems" />
            </>
          ) : (
            <p>{dirty ? t('options_unsaved') : t('options_all_saved')}</p>
          )}
        </div>
        <button type="button" disabled={!dirty} onClick={() => (setDraft(saved), setStatus(undefined))}>
          {t('options_discard')}
        </button>
        <button type="button" class="primary" disabled={!dirty} onClick={() => void onSave()}>
          {t('options_save')}
        </button>
      </footer>
    </div>
  );
}
