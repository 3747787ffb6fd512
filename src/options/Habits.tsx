// Which rules fired most on this device over the last weeks: counts only.
import { useEffect, useState } from 'preact/hooks';
import { ruleInfo } from '../shared/rule-text';
import { t } from '../shared/i18n';
import { summarize, type Stats } from '../shared/settings-stats';
import { clearStats, loadStats } from './store';

const WEEKS = 4;
const SHOWN = 8;

export function Habits({ revision }: { revision: number }) {
  const [stats, setStats] = useState<Stats | undefined>(undefined);
  useEffect(() => void loadStats().then(setStats), [revision]);
  const rows = stats ? summarize(stats, new Date(), WEEKS).slice(0, SHOWN) : [];
  const max = Math.max(1, ...rows.map((r) => r.total));
  const weekMax = Math.max(1, ...rows.flatMap((r) => r.weeks));
  return (
    <section class="panel habits" aria-labelledby="habits-title">
      <h2 id="habits-title">{t('options_habits')}</h2>
      <p class="help">{t('options_habits_help', String(WEEKS))}</p>
      {stats && rows.length === 0 && <p class="empty">{t('options_habits_empty')}</p>}
      {rows.length > 0 && (
        <table class="chart">
          <thead>
            <tr>
              <th scope="col">{t('options_habits_rule')}</th>
              <th scope="col">{t('options_habits_fired')}</th>
              <th scope="col" title={t('options_habits_trend_title')}>
                {t('options_habits_trend')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.ruleId} data-rule={row.ruleId}>
                <th scope="row">{ruleInfo(row.ruleId).title}</th>
                <td>
                  <span class="bar" style={{ width: `${(row.total / max) * 100}%` }} />
                  <span class="bar-value">{row.total}</span>
                </td>
                <td>
                  <span class="weeks" aria-label={t('options_habits_per_week', row.weeks.join(', '))}>
                    {row.weeks.map((n, i) => (
                      <span key={i} class="week" style={{ height: `${Math.max(2, (n / weekMax) * 22)}px` }} title={`${n}`} />
                    ))}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length > 0 && (
        <button type="button" class="link" onClick={() => void clearStats().then(() => setStats({ version: 1, days: {} }))}>
          {t('options_habits_clear')}
        </button>
      )}
    </section>
  );
}
