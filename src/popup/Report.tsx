// The findings for one reply: flags with their better phrasing, then missing moves
// with a ready sentence. Page text is rendered as text nodes only.
import { useEffect, useState } from 'preact/hooks';
import type { Finding, Result } from '../engine/types';
import type { ActionReply } from '../shared/messages';
import { betterOf, t } from '../shared/i18n';
import { ruleInfo, whyOf } from '../shared/rule-text';
import { flagCards, type FlagCard } from './flag-cards';
import { Scores } from './Scores';

export interface Actions {
  /** Puts the suggestion's ready sentence in the reply: at its opening point, or at the caret. */
  insert(finding: Finding): Promise<ActionReply>;
  /** Swaps a flag, or every repeat of it (Fix all) in one go: one undo step where the editor allows. */
  swap(repeats: readonly Finding[]): Promise<ActionReply>;
  /** Hides the flag in this reply (every repeat of it: the same rule and text). */
  dismiss(finding: Finding): Promise<ActionReply>;
  /** Puts the phrase on the agent's never-flag list; absent when a policy turned the list off. */
  neverFlag?(finding: Finding): Promise<ActionReply>;
}

/** The moves that matter most for this customer come first; the rest wait behind "Show n more". */
const FIRST_MOVES = 3;

type Status = { kind: 'ok' | 'error'; text: string; at: number } | undefined;
type Notify = (reply: ActionReply, done: string) => void;

async function copy(text: string): Promise<ActionReply> {
  try {
    await navigator.clipboard.writeText(text);
    return { ok: true };
  } catch {
    return { ok: false, error: t('copy_blocked') };
  }
}

/** One line at the bottom: the card an action came from may be gone once the reply changes. */
function Toast({ status, clear }: { status: Status; clear: () => void }) {
  useEffect(() => {
    if (!status) return undefined;
    const timer = setTimeout(clear, 5000);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <p class={`toast ${status?.kind ?? 'idle'}`} role="status" aria-live="polite">
      {status?.text ?? ''}
    </p>
  );
}


interface CardProps {
  finding: Finding;
  actions: Actions | undefined;
  notify: Notify;
}

/** A speech bubble for listening, a shield for ownership. */
const KindIcon = ({ category }: { category: Finding['category'] }) => (
  <svg class="kind-icon" viewBox="0 0 12 12" aria-hidden="true">
    {category === 'listening' ? <path d="M2 2h8v6H5L3 10V8H2z" /> : <path d="M6 1l4 2v3c0 2.5-1.7 4.3-4 5-2.3-.7-4-2.5-4-5V3z" />}
  </svg>
);

/** Listening or ownership, as the scores name them: an icon and a colour, like the underline's. */
function Kind({ category, title }: { category: Finding['category']; title: string }) {
  return (
    <span class={`tag ${category}`}>
      <KindIcon category={category} />
      <span class="visually-hidden">{t(category === 'listening' ? 'score_listening' : 'score_ownership')}: </span>
      {title}
    </span>
  );
}

/** Why it matters, folded under the card: the phrase and the fix come first. */
function Why({ findings }: { findings: readonly Finding[] }) {
  return (
    <details class="why-fold">
      <summary>{t('why_label')}</summary>
      {findings.map((f) => (
        <p key={f.ruleId} class="why">
          {whyOf(f)}
        </p>
      ))}
    </details>
  );
}

/** Each of `findings` in turn, stopping at the first that fails; that failure is the reply. */
async function each(findings: readonly Finding[], act: (f: Finding) => Promise<ActionReply>): Promise<ActionReply> {
  for (const f of findings) {
    const reply = await act(f);
    if (!reply.ok) return reply;
  }
  return { ok: true };
}

function Flag({ card, actions, notify }: { card: FlagCard; actions: Actions | undefined; notify: Notify }) {
  const { finding, also, repeats } = card;
  // One tag and one "why" a kind: a Swap over a clause may fix two phrases of the same kind.
  const all = [finding, ...also].filter((f, i, every) => every.findIndex((g) => g.ruleId === f.ruleId) === i);
  const swap = async (): Promise<void> => notify(await actions!.swap(repeats), t('swapped'));
  const many = repeats.length > 1;
  // The colour says it; a screen reader hears it.
  const severity = t(finding.severity === 'warn' ? 'flag_severity_warn' : 'flag_severity_hint');
  return (
    <li class={`card flag ${finding.severity} ${finding.category}`} data-rule={finding.ruleId}>
      <div class="card-head">
        <span class="visually-hidden">{severity}: </span>
        <q class="phrase">{finding.text}</q>
        {many && <span class="times">×{repeats.length}</span>}
        <span class="tags">
          {all.map((f) => (
            <Kind key={f.ruleId} category={f.category} title={ruleInfo(f.ruleId).title} />
          ))}
        </span>
      </div>
      <Why findings={all} />
      {(finding.replacement || finding.swap) && (
        <div class="better">
          <span class="better-label">{t('better_label')}</span>
          <span class="better-text">{betterOf(finding)}</span>
          {finding.swap && actions && (
            <button
              type="button"
              class="small"
              onClick={swap}
              aria-label={many ? t('fix_all_named', finding.text) : t(finding.replacement ? 'swap_named' : 'remove_named', finding.text)}
            >
              {many ? t('fix_all') : t(finding.replacement ? 'swap' : 'remove')}
            </button>
          )}
        </div>
      )}
      {actions && (
        <div class="flag-actions">
          <button type="button" class="quiet" onClick={async () => notify(await each(all, actions.dismiss), t('dismissed'))} aria-label={t('dismiss_named', finding.text)}>
            {t('dismiss')}
          </button>
          {actions.neverFlag && (
            <button
              type="button"
              class="quiet"
              onClick={async () => notify(await each(all, actions.neverFlag!), t('never_flagged'))}
              aria-label={t('never_flag_named', finding.text)}
            >
              {t('never_flag')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function Suggestion({ finding, actions, notify }: CardProps) {
  const { title } = ruleInfo(finding.ruleId);
  const run = async (action: () => Promise<ActionReply>, done: string): Promise<void> => notify(await action(), done);
  return (
    <li class={`card suggestion ${finding.severity} ${finding.category}`} data-rule={finding.ruleId}>
      <div class="card-head">
        <span class="move">
          <KindIcon category={finding.category} />
          {title}
        </span>
        {finding.replacement && (
          <span class="buttons">
            {actions && (
              <button
                type="button"
                class="small primary"
                onClick={() => run(() => actions.insert(finding), t('inserted'))}
                aria-label={t('insert_named', title)}
              >
                {t('insert')}
              </button>
            )}
            <button type="button" class="small" onClick={() => run(() => copy(finding.replacement), t('copied'))} aria-label={t('copy_named', title)}>
              {t('copy')}
            </button>
          </span>
        )}
      </div>
      {finding.replacement && <p class="sentence">{finding.replacement}</p>}
      <Why findings={[finding]} />
    </li>
  );
}

export function Report({ result, actions, note }: { result: Result; actions?: Actions; note?: string }) {
  const [status, setStatus] = useState<Status>(undefined);
  const notify: Notify = (reply, done) =>
    setStatus({ kind: reply.ok ? 'ok' : 'error', text: reply.ok ? done : (reply.error ?? t('action_failed')), at: Date.now() });
  const [allMoves, setAllMoves] = useState(false);
  const flags = result.findings.filter((f) => f.kind === 'flag');
  // Warnings before hints; the engine's order (most important first) within each. A move
  // without a sentence is one a flag's Swap above already makes: it is not listed twice.
  const moves = result.findings.filter((f) => f.kind === 'suggestion' && f.replacement !== '');
  const suggestions = [...moves.filter((f) => f.severity === 'warn'), ...moves.filter((f) => f.severity === 'hint')];
  const shown = allMoves ? suggestions : suggestions.slice(0, FIRST_MOVES);
  const more = suggestions.length - shown.length;
  if (result.language) {
    return (
      <div class="report">
        <p class="calm" data-language={result.language}>
          {t('not_english')}
        </p>
      </div>
    );
  }
  const empty = result.scores.listening === null && result.scores.ownership === null;
  return (
    <div class="report">
      <Scores scores={result.scores} />
      {note && <p class="note">{note}</p>}
      {empty && <p class="calm">{t('start_writing')}</p>}
      {!empty && flags.length === 0 && suggestions.length === 0 && (
        <p class="calm good">{t('nothing_to_fix')}</p>
      )}
      {flags.length > 0 && (
        <section>
          <h2>
            {t('phrases_heading')} <span class="count">{flags.length}</span>
          </h2>
          <ul class="cards flags">
            {flagCards(flags).map((card) => (
              <Flag key={`${card.finding.ruleId}:${card.finding.start}`} card={card} actions={actions} notify={notify} />
            ))}
          </ul>
        </section>
      )}
      {suggestions.length > 0 && (
        <section>
          <h2>
            {t('moves_heading')} <span class="count">{suggestions.length}</span>
          </h2>
          <ul class="cards suggestions">
            {shown.map((f) => (
              <Suggestion key={f.ruleId} finding={f} actions={actions} notify={notify} />
            ))}
          </ul>
          {more > 0 && (
            <button type="button" class="link more" onClick={() => setAllMoves(true)}>
              {t('show_more_moves', String(more))}
            </button>
          )}
        </section>
      )}
      <Toast status={status} clear={() => setStatus(undefined)} />
    </div>
  );
}
