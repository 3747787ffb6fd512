// What a rule's row opens onto: why it matters and its better move; for a flag, the wordings
// it catches by itself beside the team's own phrases and the agent's never-flag phrases; for
// a missing move, its own ready sentence beside the team's. Fields the organisation set are
// shown with their value, locked.
import type { RuleInfo } from '../engine';
import type { PatternPhrase } from '../shared/settings-patterns';
import type { Locks } from '../shared/settings-managed';
import { allowed, type TeamSettings } from '../shared/settings-fields';
import { t } from '../shared/i18n';
import { ruleInfo } from '../shared/rule-text';
import { setPhrases, setTemplate } from './draft';
import { Lock } from './Lock';

export interface RuleProps {
  rule: RuleInfo;
  /** The team's own settings being edited. */
  draft: TeamSettings;
  /** What applies: the draft with the organisation's policy on top. */
  effective: TeamSettings;
  locks: Locks | undefined;
  onChange(next: TeamSettings): void;
}

export function RuleDetail(props: RuleProps) {
  const { rule } = props;
  const info = ruleInfo(rule.id);
  return (
    <div class="detail">
      <p class="rule-why">{info.why}</p>
      {rule.kind === 'flag' ? (
        <>
          <p class="rule-better">
            <span class="label">{t('options_better_move')}</span> {rule.better}
          </p>
          <div class="detail-lists">
            <div class="builtin">
              <h4>{t('options_builtin_phrases')}</h4>
              <ul class="phrase-chips">
                {(rule.examples ?? []).map((example) => (
                  <li key={example}>
                    <q>{example}</q>
                  </li>
                ))}
              </ul>
              <p class="help">{t('options_builtin_more')}</p>
            </div>
            <PhraseList {...props} />
            <NeverFlagged {...props} />
          </div>
        </>
      ) : (
        <div class="detail-lists moves">
          <div class="builtin">
            <h4>{t('options_builtin_sentence')}</h4>
            <p class="sentence">{rule.better}</p>
          </div>
          <Template {...props} />
        </div>
      )}
    </div>
  );
}

function PhraseList({ rule, draft, locks, onChange }: RuleProps) {
  const own: PatternPhrase[] = (draft.phrases ?? []).filter((p) => p.ruleId === rule.id);
  const locked = (locks?.phrases ?? []).filter((p) => p.ruleId === rule.id);
  const update = (list: PatternPhrase[]) => onChange(setPhrases(draft, rule.id, list));
  const edit = (index: number, field: 'phrase' | 'message' | 'replacement', value: string) =>
    update(own.map((p, i) => (i === index ? { ...p, [field]: value } : p)));
  const setPattern = (index: number, on: boolean) =>
    update(own.map((p, i) => (i !== index ? p : on ? { ...p, pattern: true } : (({ pattern: _, ...rest }) => rest)(p))));
  return (
    <div class="team-phrases">
      <div class="extra-head">
        <h4>
          {t('options_team_phrases')} <span class="count">{own.length + locked.length}</span>
        </h4>
        <button type="button" class="link" onClick={() => update([...own, { ruleId: rule.id, phrase: '' }])}>
          {t('options_add_phrase')}
        </button>
      </div>
      {locked.length > 0 && (
        <ul class="phrases locked">
          {locked.map((p) => (
            <li key={p.phrase}>
              <q>{p.phrase}</q> {p.replacement && <span class="muted">→ {p.replacement}</span>} <Lock by={locks!.by} />
            </li>
          ))}
        </ul>
      )}
      {own.length > 0 && (
        <div class="phrases">
          {own.map((p, i) => (
            <div class="phrase-row" key={i}>
              <input aria-label={t('options_phrase')} name="phrase" value={p.phrase} placeholder={t('options_phrase_placeholder')} maxLength={200} onInput={(e) => edit(i, 'phrase', e.currentTarget.value)} />
              <input aria-label={t('options_phrase_why')} name="message" value={p.message ?? ''} placeholder={t('options_phrase_why')} maxLength={500} onInput={(e) => edit(i, 'message', e.currentTarget.value)} />
              <input aria-label={t('options_phrase_better')} name="replacement" value={p.replacement ?? ''} placeholder={t('options_phrase_better')} maxLength={500} onInput={(e) => edit(i, 'replacement', e.currentTarget.value)} />
              <label class="pattern" title={t('options_pattern_title')}>
                <input type="checkbox" name="pattern" checked={p.pattern === true} onChange={(e) => setPattern(i, e.currentTarget.checked)} />
                {t('options_pattern')}
              </label>
              <button type="button" class="icon" aria-label={t('remove_named', p.phrase)} title={t('remove')} onClick={() => update(own.filter((_, j) => j !== i))}>
                ×
              </button>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

/** The agent's own never-flag phrases under this rule; they are removed in the Never flag section. */
function NeverFlagged({ rule, draft, effective }: RuleProps) {
  const list = (draft.neverFlag ?? []).filter((entry) => entry.ruleId === rule.id);
  return (
    <div class={`never-here ${allowed(effective, 'neverFlag') ? '' : 'unused'}`}>
      <h4>
        <a href="#never-flag-title">{t('options_never_flagged_here')}</a>
      </h4>
      {list.length === 0 ? (
        <p class="muted">{t('options_none')}</p>
      ) : (
        <ul class="phrase-chips">
          {list.map((entry) => (
            <li key={entry.phrase}>
              <q>{entry.phrase}</q>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Template({ rule, draft, effective, locks, onChange }: RuleProps) {
  const locked = locks?.templates.has(rule.id) ?? false;
  const value = (locked ? effective.templates?.[rule.id] : draft.templates?.[rule.id]) ?? '';
  return (
    <div class="template">
      <label>
        <h4>{t('options_preferred_sentence')}</h4>
        <textarea
          name="template"
          rows={1}
          value={value}
          disabled={locked}
          maxLength={500}
          placeholder={t('options_template_placeholder')}
          onInput={(e) => onChange(setTemplate(draft, rule.id, e.currentTarget.value))}
        />
      </label>
      {locked && locks && (
        <p class="help">
          <Lock by={locks.by} />
        </p>
      )}
    </div>
  );
}
