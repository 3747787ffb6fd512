import type { Scores as ScoresData } from '../engine/types';
import { t } from '../shared/i18n';
import { gradeLabel, gradeOf } from '../shared/rule-text';

const RADIUS = 22;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

function Dial({ id, name, value }: { id: string; name: string; value: number | null }) {
  const grade = value === null ? undefined : gradeOf(value);
  const label = grade ? t('dial_label', name, String(value), gradeLabel(grade)) : t('dial_label_none', name);
  const filled = value === null ? 0 : (value / 100) * CIRCUMFERENCE;
  return (
    // One image for assistive technology: the number and its grade in words, never colour alone.
    <div class={`dial ${grade ?? 'none'}`} data-score={id} role="img" aria-label={label}>
      <svg viewBox="0 0 56 56" aria-hidden="true">
        <circle class="track" cx="28" cy="28" r={RADIUS} />
        <circle class="fill" cx="28" cy="28" r={RADIUS} stroke-dasharray={`${filled} ${CIRCUMFERENCE}`} />
        <text x="28" y="33" text-anchor="middle" class={value !== null && value >= 100 ? 'value long' : 'value'}>
          {value ?? '–'}
        </text>
      </svg>
      <div>
        <div class="dial-name">{name}</div>
        <div class="dial-grade">{grade ? gradeLabel(grade) : t('grade_none')}</div>
      </div>
    </div>
  );
}

export function Scores({ scores }: { scores: ScoresData }) {
  return (
    <section class="scores" aria-label={t('scores_label')}>
      <Dial id="listening" name={t('score_listening')} value={scores.listening} />
      <Dial id="ownership" name={t('score_ownership')} value={scores.ownership} />
    </section>
  );
}
