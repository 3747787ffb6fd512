// How a team lead gets these settings to the team: a policy file each teammate imports, or
// the same file pushed by IT as the organisation's policy (README, *Organisation policy*).
import { t } from '../shared/i18n';

export function Sharing() {
  return (
    <section class="panel sharing" aria-labelledby="sharing-title">
      <h2 id="sharing-title">{t('options_share_heading')}</h2>
      <ol>
        <li>{t('options_share_file')}</li>
        <li>{t('options_share_managed')}</li>
      </ol>
      <p class="help">{t('options_share_personal')}</p>
    </section>
  );
}
