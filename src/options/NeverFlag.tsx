// The agent's own "never flag" list: phrases added with Never flag this phrase on a flag's
// card or in the popup, each removable here (saved with the page). A team setting beside it
// allows the lists or turns them off for everyone a policy file or the organisation reaches.
import { t } from '../shared/i18n';
import { ruleInfo } from '../shared/rule-text';
import { allowed, type TeamSettings } from '../shared/settings-fields';
import type { Locks } from '../shared/settings-managed';
import { Lock } from './Lock';

interface Props {
  /** The settings being edited. */
  draft: TeamSettings;
  /** What applies: the draft with the organisation's policy on top. */
  effective: TeamSettings;
  locks: Locks | undefined;
  onChange(next: TeamSettings): void;
}

export function NeverFlag({ draft, effective, locks, onChange }: Props) {
  const list = draft.neverFlag ?? [];
  const on = allowed(effective, 'neverFlag');
  const switchLocked = locks?.fields.has('agentNeverFlag') ?? false;
  const set = (next: Partial<TeamSettings>): void => {
    const settings: TeamSettings = { ...draft, ...next };
    if (settings.neverFlag?.length === 0) delete settings.neverFlag;
    if (settings.agentNeverFlag !== false) delete settings.agentNeverFlag; // allowed is the default
    onChange(settings);
  };
  return (
    <section class="panel never-flag" aria-labelledby="never-flag-title">
      <h2 id="never-flag-title">
        {t('options_never_flag_heading')} <span class="count">{list.length}</span>
      </h2>
      <p class="help">{t('options_never_flag_help')}</p>
      {!on && (
        <p class="help off" role="note">
          {t('options_never_flag_off')} {switchLocked && locks && <Lock by={locks.by} />}
        </p>
      )}
      {list.length === 0 ? (
        <p class="muted empty-list">{t('options_never_flag_empty')}</p>
      ) : (
        <ul class={`never-list ${on ? '' : 'unused'}`}>
          {list.map((entry) => (
            <li key={`${entry.ruleId}\u0000${entry.phrase}`} data-rule={entry.ruleId}>
              <q>{entry.phrase}</q>
              <span class="muted">{ruleInfo(entry.ruleId).title}</span>
              <button
                type="button"
                class="icon"
                title={t('remove')}
                aria-label={t('options_never_flag_remove_named', entry.phrase)}
                onClick={() => set({ neverFlag: list.filter((other) => other !== entry) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label class="allow">
        <input
          type="checkbox"
          name="agent-never-flag"
          checked={(switchLocked ? effective : draft).agentNeverFlag !== false}
          disabled={switchLocked}
          onChange={(e) => set({ agentNeverFlag: e.currentTarget.checked })}
        />
        {t('options_never_flag_allow')}
      </label>
    </section>
  );
}
