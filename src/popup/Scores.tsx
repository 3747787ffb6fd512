import type { Scores as ScoresData } from '../engine/types';
import { GRADE_LABEL, gradeOf } from './rules';

const RADIUS = 22;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

function Dial({ name, value }: { name: string; value: number | null }) {
  const grade = value === null ? undefined : gradeOf(value);
  const filled = value === null ? 0 : (value / 100) * CIRCUMFERENCE;
  return (
    <div class={`dial ${grade ?? 'none'}`} data-score={name.toLowerCase()} aria-label={`${name} ${value ?? 'not scored'}`}>
      <svg viewBox="0 0 56 56" aria-hidden="true">
        <circle class="track" cx="28" cy="28" r={RADIUS} />
        <circle class="fill" cx="28" cy="28" r={RADIUS} stroke-dasharray={`${filled} ${CIRCUMFERENCE}`} />
        <text x="28" y="33" text-anchor="middle" class={value !== null && value >= 100 ? 'value long' : 'value'}>
          {value ?? '–'}
        </text>
      </svg>
      <div>
        <div class="dial-name">{name}</div>
        <div class="dial-grade">{grade ? GRADE_LABEL[grade] : 'Not scored yet'}</div>
      </div>
    </div>
  );
}

export function Scores({ scores }: { scores: ScoresData }) {
  return (
    <section class="scores">
      <Dial name="Listening" value={scores.listening} />
      <Dial name="Ownership" value={scores.ownership} />
    </section>
  );
}
