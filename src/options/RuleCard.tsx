// One rule: what it catches and why, on/off, severity, weight; a flag rule's team
// phrases, or a suggestion rule's preferred sentence. Fields the organisation set are
// shown with their value, locked.
import type { RuleInfo } from '../engine';
import type { PatternPhrase } from '../shared/settings-patterns';
import type { Locks } from '../shared/settings-managed';
import type { TeamSettings } from '../shared/settings';
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
    <span class="lock" title={`Set by ${by}; it cannot be changed here.`}>
      <svg viewBox="0 0 16 16" aria-hidden="true" width="12" height="12">
        <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1zm1.5 0h4V5a2 2 0 0 0-4 0z" fill="currentColor" />
      </svg>
      Set by {by}
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
  return (
    <li class={`rule ${on ? 'on' : 'off'}`} data-rule={rule.id} id={`rule-${rule.id}`}>
      <div class="rule-head">
        <label class="switch" title={on ? 'Turn this rule off' : 'Turn this rule on'}>
          <input
            type="checkbox"
            name="enabled"
            checked={on}
            disabled={severityLocked}
            onChange={(e) => set({ severity: e.currentTarget.checked ? (lastOn && lastOn !== 'off' ? lastOn : rule.defaultSeverity) : 'off' })}
          />
          <span class="track" aria-hidden="true" />
          <span class="visually-hidden">{rule.title} on</span>
        </label>
        <div class="rule-title">
          <h3>{rule.title}</h3>
          <code class="rule-id">{rule.id}</code>
          <span class={`chip ${rule.category}`}>{rule.category}</span>
        </div>
      </div>
      <p class="rule-why">{rule.why}</p>
      <p class="rule-better">
        <span class="label">{rule.kind === 'flag' ? 'Better move' : 'Ready sentence'}</span> {rule.better}
      </p>
      <div class="rule-controls">
        <fieldset class="segmented" disabled={severityLocked || !on}>
          <legend>Severity</legend>
          {(['hint', 'warn'] as const).map((level) => (
            <label key={level} class={severity === level ? 'chosen' : ''}>
              <input type="radio" name={`severity-${rule.id}`} value={level} checked={severity === level} onChange={() => set({ severity: level })} />
              {level === 'warn' ? 'Warning' : 'Hint'}
            </label>
          ))}
        </fieldset>
        <label class="weight">
          <span>Weight in the {rule.category} score</span>
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
          Team phrases <span class="count">{own.length + locked.length}</span>
        </h4>
        <button type="button" class="link" onClick={() => update([...own, { ruleId: rule.id, phrase: '' }])}>
          + Add a phrase
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
              <input aria-label="Phrase to flag" name="phrase" value={p.phrase} placeholder="e.g. per our terms" maxLength={200} onInput={(e) => edit(i, 'phrase', e.currentTarget.value)} />
              <input aria-label="Why it hurts (optional)" name="message" value={p.message ?? ''} placeholder="Why it hurts (optional)" maxLength={500} onInput={(e) => edit(i, 'message', e.currentTarget.value)} />
              <input aria-label="Better phrasing (optional)" name="replacement" value={p.replacement ?? ''} placeholder="Better phrasing (optional)" maxLength={500} onInput={(e) => edit(i, 'replacement', e.currentTarget.value)} />
              <label class="pattern" title="A pattern: (a|b) for choices, [words] for optional words, e.g. per (our|the) [company] terms">
                <input type="checkbox" name="pattern" checked={p.pattern === true} onChange={(e) => setPattern(i, e.currentTarget.checked)} />
                Pattern
              </label>
              <button type="button" class="icon" aria-label={`Remove “${p.phrase}”`} title="Remove" onClick={() => update(own.filter((_, j) => j !== i))}>
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
        <h4>Preferred sentence</h4>
        <textarea
          name="template"
          rows={1}
          value={value}
          disabled={locked}
          maxLength={500}
          placeholder="Empty: ReplyCoach’s own sentence (above). Write {issue} where the customer’s problem goes." 
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
