// What the organisation set: shown on the field it locks, with who set it.
import { t } from '../shared/i18n';

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
