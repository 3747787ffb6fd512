// One rule: what it catches and why, on/off, severity, weight; a flag rule's team
// phrases, or a suggestion rule's preferred sentence. Fields the organisation set are
// shown with their value, locked.
import type { RuleInfo } from '../engine';
import type { PatternPhrase } from '../shared/settings-patterns';
import type { Locks } from '../shared/settings-managed';
import type { TeamSettings } from '../shared/settings-fields';
import { t } from '../shared/i18n';
import { ruleInfo } from '../shared/rule-text';
import { setPhrases, setPreference, setTemplate, severityOf, weightOf } from './draft';

interface Props {
  rule: RuleInfo;
  /** The team's own settings being edited. */
  draft: TeamSettings;
  /** What applies: the draft with the organisation's policy on top. */
  effective: TeamSettings;
  locks: Locks | undefined;
  onChange(next: TeamSettings): void;
}

export function Lock({ by }: { by: string }) {
  return (
    <span class="lock" title={t('options_lock_title', by)}>
      <svg viewBox="0 0 16 16" aria-hidden="true" width="12" height="12">
        <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1zm1.5 0h4V5a2 2 0 0 0-4 0z" fill="currentColor" />
      </svg>
      {t('options_lock', by)}
    </span>
  );
}

export function RuleCard({ rule, draft, effective, locks, onChange }: Props) {
  const severity = severityOf(effective, rule);
  const weight = weightOf(effective, rule);
  const severityLocked = locks?.severity.has(rule.id) ?? false;
  const weightLocked = locks?.weight.has(rule.id) ?? false;
  const on = severity !== 'off';
  const set = (patch: Parameters<typeof setPreference>[2]) => onChange(setPreference(draft, rule.id, patch));
  const lastOn = draft.rules?.[rule.id]?.severity;
  const info = ruleInfo(rule.id);
  return (
    <li class={`rule ${on ? 'on' : 'off'}`} data-rule={rule.id} id={`rule-${rule.id}`}>
      <div class="rule-head">
        <label class="switch" title={on ? t('options_rule_turn_off') : t('options_rule_turn_on')}>
          <input
            type="checkbox"
            name="enabled"
            checked={on}
            disabled={severityLocked}
            onChange={(e) => set({ severity: e.currentTarget.checked ? (lastOn && lastOn !== 'off' ? lastOn : rule.defaultSeverity) : 'off' })}
          />
          <span class="track" aria-hidden="true" />
          <span class="visually-hidden">{t('options_rule_switch', info.title)}</span>
        </label>
        <div class="rule-title">
          <h3>{info.title}</h3>
          <code class="rule-id">{rule.id}</code>
          <span class={`chip ${rule.category}`}>{t(rule.category === 'listening' ? 'options_category_listening' : 'options_category_ownership')}</span>
        </div>
      </div>
      <p class="rule-why">{info.why}</p>
      <p class="rule-better">
        <span class="label">{t(rule.kind === 'flag' ? 'options_better_move' : 'options_ready_sentence')}</span> {rule.better}
      </p>
      <div class="rule-controls">
        <fieldset class="segmented" disabled={severityLocked || !on}>
          <legend>{t('options_severity')}</legend>
          {(['hint', 'warn'] as const).map((level) => (
            <label key={level} class={severity === level ? 'chosen' : ''}>
              <input type="radio" name={`severity-${rule.id}`} value={level} checked={severity === level} onChange={() => set({ severity: level })} />
              {t(level === 'warn' ? 'flag_severity_warn' : 'flag_severity_hint')}
            </label>
          ))}
        </fieldset>
        <label class="weight">
          <span>{t(rule.category === 'listening' ? 'options_weight_listening' : 'options_weight_ownership')}</span>
          <input
            type="range"
            name="weight"
            min={0}
            max={100}
            step={1}
            value={weight}
            disabled={weightLocked || !on}
            onInput={(e) => set({ weight: Number(e.currentTarget.value) })}
          />
          <output>{weight}</output>
        </label>
        {(severityLocked || weightLocked) && locks && <Lock by={locks.by} />}
      </div>
      {rule.kind === 'flag' ? (
        <PhraseList rule={rule} draft={draft} locks={locks} onChange={onChange} />
      ) : (
        <Template rule={rule} draft={draft} effective={effective} locks={locks} onChange={onChange} />
      )}
    </li>
  );
}

function PhraseList({ rule, draft, locks, onChange }: Omit<Props, 'effective'>) {
  const own: PatternPhrase[] = (draft.phrases ?? []).filter((p) => p.ruleId === rule.id);
  const locked = (locks?.phrases ?? []).filter((p) => p.ruleId === rule.id);
  const update = (list: PatternPhrase[]) => onChange(setPhrases(draft, rule.id, list));
  const edit = (index: number, field: 'phrase' | 'message' | 'replacement', value: string) =>
    update(own.map((p, i) => (i === index ? { ...p, [field]: value } : p)));
  const setPattern = (index: number, on: boolean) =>
    update(own.map((p, i) => (i !== index ? p : on ? { ...p, pattern: true } : (({ pattern: _, ...rest }) => rest)(p))));
  return (
    <div class="extra">
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

function Template({ rule, draft, effective, locks, onChange }: Props) {
  const locked = locks?.templates.has(rule.id) ?? false;
  const value = (locked ? effective.templates?.[rule.id] : draft.templates?.[rule.id]) ?? '';
  return (
    <div class="extra">
      <label class="template">
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
