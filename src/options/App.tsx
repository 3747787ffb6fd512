// The team lead's options page: every rule, team phrases and sentences, a live preview,
// policy files, the organisation's locks, and this device's habits.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { RULES } from '../engine';
import { describePhraseHome, type PhraseHome, type TeamSettings } from '../shared/settings';
import { mergeManaged } from '../shared/settings-managed';
import { forEngine } from '../shared/settings-patterns';
import { finish, same } from './draft';
import { CustomSites } from './CustomSites';
import { Habits } from './Habits';
import { PolicyFile, type ImportOutcome } from './PolicyFile';
import { Preview } from './Preview';
import { Lock, RuleCard } from './RuleCard';
import { load, save, watch, type Loaded } from './store';

type Status = { kind: 'ok' | 'error' | 'info'; text: string; details?: string[] } | undefined;

const FLAGS = RULES.filter((rule) => rule.kind === 'flag');
const MOVES = RULES.filter((rule) => rule.kind === 'suggestion');

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
  const engineSettings = useMemo(() => {
    const { name: _, ...rest } = effective;
    return forEngine(rest);
  }, [effective]);

  const onSave = async (): Promise<void> => {
    const checked = finish(draft);
    if (!checked.ok) return setStatus({ kind: 'error', text: 'Not saved: please fix these first.', details: checked.errors });
    // Saving can wait for a save from another options page to finish (they run one at a time).
    setStatus({ kind: 'info', text: 'Saving…' });
    try {
      const layout = await save(checked.settings);
      setNotice(undefined);
      setDraft(checked.settings);
      setSaved(checked.settings);
      setPhrasesIn(layout.phrasesIn);
      const phrases = checked.settings.phrases?.length ?? 0;
      setStatus({ kind: 'ok', text: `Saved. Open Gmail and Zendesk tabs use these settings now. ${describePhraseHome(layout.phrasesIn, phrases)}` });
    } catch (error) {
      setStatus({ kind: 'error', text: `Not saved: ${(error as Error).message}` });
    }
  };

  const onImport = (outcome: ImportOutcome): void => {
    if (!outcome.ok) {
      setNotice({ kind: 'error', text: `${outcome.file} was not imported; nothing changed. Problems found:`, details: outcome.errors });
      return;
    }
    setDraft(outcome.settings);
    setStatus(undefined);
    const name = outcome.settings.name ? `“${outcome.settings.name}” ` : '';
    setNotice({ kind: 'info', text: `Imported ${name}from ${outcome.file}. Review the changes and the preview, then Save.` });
  };

  if (!loaded) return <p class="loading">Loading settings…</p>;
  const ownPhraseCount = saved.phrases?.length ?? 0;
  const problems = [...loaded.saved.problems];
  return (
    <div class="page">
      <header class="masthead">
        <img src="/icons/icon48.png" alt="" width={36} height={36} />
        <div>
          <h1>ReplyCoach settings</h1>
          <p class="subtitle">How ReplyCoach coaches your team’s replies. Changes apply to open Gmail and Zendesk tabs as soon as you save.</p>
        </div>
        <PolicyFile settings={effective} onImport={onImport} />
      </header>

      {notice && (
        <div class={`banner import ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <p>{notice.text}</p>
          <List items={notice.details} className="problems" />
          <button type="button" class="link dismiss" onClick={() => setNotice(undefined)}>
            Dismiss
          </button>
        </div>
      )}
      {locks && (
        <div class="banner managed" role="note">
          <Lock by={locks.by} />
          <span>
            {effective.name ? `The policy “${effective.name}” is` : 'A policy is'} set for this browser by <strong>{locks.by}</strong>. The settings it sets are locked below and
            cannot be changed here.
          </span>
        </div>
      )}
      {managed && managed.problems.length > 0 && (
        <div class="banner error" role="alert">
          <p>
            The policy pushed by {managed.by} has problems and is not applied. Tell your administrator:
          </p>
          <List items={managed.problems} />
        </div>
      )}
      {problems.length > 0 && (
        <div class="banner error" role="alert">
          <p>Some saved settings could not be read, so ReplyCoach’s defaults apply to them:</p>
          <List items={problems} />
        </div>
      )}

      <div class="layout">
        <main>
          <section class="panel team">
            <label class="name">
              <span>Policy name</span>
              <input
                name="policy-name"
                value={(managed?.settings.name !== undefined && locks ? effective.name : draft.name) ?? ''}
                disabled={managed?.settings.name !== undefined && locks !== undefined}
                placeholder="e.g. Airline desk, tier 1"
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
              <p class="help storage-note">{describePhraseHome(phrasesIn, ownPhraseCount)}</p>
              <button
                type="button"
                class="link"
                disabled={Object.keys(draft).every((key) => key === 'name')}
                onClick={() => {
                  setDraft(draft.name ? { name: draft.name } : {});
                  setNotice({ kind: 'info', text: 'Every rule is back to ReplyCoach’s defaults, with no team phrases or sentences. Save to keep it, or Discard changes.' });
                }}
              >
                Reset to defaults
              </button>
            </div>
          </section>
          <section aria-labelledby="flags-title">
            <h2 id="flags-title">Phrases that hurt</h2>
            <p class="help">Each is marked in the reply with why it hurts and a better phrasing. Add your team’s own phrases under any of them.</p>
            <ul class="rules">
              {FLAGS.map((rule) => (
                <RuleCard key={rule.id} rule={rule} draft={draft} effective={effective} locks={locks} onChange={setDraft} />
              ))}
            </ul>
          </section>
          <section aria-labelledby="moves-title">
            <h2 id="moves-title">Missing moves</h2>
            <p class="help">
              Suggested when the reply lacks them, with a ready sentence the agent can insert. Give a sentence in your team’s own words: write{' '}
              <code>{'{issue}'}</code> where the customer’s problem should go, and it is filled from their message (“we charged you twice for your October
              flight”).
            </p>
            <ul class="rules">
              {MOVES.map((rule) => (
                <RuleCard key={rule.id} rule={rule} draft={draft} effective={effective} locks={locks} onChange={setDraft} />
              ))}
            </ul>
          </section>
        </main>
        <aside>
          <Preview settings={engineSettings} />
          <Habits revision={statsRevision} />
          <CustomSites />
        </aside>
      </div>

      <footer class={`savebar ${dirty ? 'dirty' : ''}`}>
        <div class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
          {status ? (
            <>
              <p>{status.text}</p>
              <List items={status.details} className="problems" />
            </>
          ) : (
            <p>{dirty ? 'You have unsaved changes.' : 'All changes saved.'}</p>
          )}
        </div>
        <button type="button" disabled={!dirty} onClick={() => (setDraft(saved), setStatus(undefined))}>
          Discard changes
        </button>
        <button type="button" class="primary" disabled={!dirty} onClick={() => void onSave()}>
          Save
        </button>
      </footer>
    </div>
  );
}
