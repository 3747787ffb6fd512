// A live preview: a reply (and the customer's message) scored under the settings being
// edited, before they are saved. Text is rendered as text nodes only.
import { useMemo, useState } from 'preact/hooks';
import { createScorer, type Finding, type Settings } from '../engine';
import { GRADE_LABEL, gradeOf, ruleInfo } from '../shared/rule-text';
import { t } from '../shared/i18n';

const SAMPLE_REPLY = 'Hi Dana,\n\nI understand your frustration. It is our policy to hold refunds until the billing cycle closes, and our records indicate both payments went through. Please be advised that there is nothing we can do before then.';
const SAMPLE_CUSTOMER = 'You charged me twice for my October flight to Denver and nobody answers my emails!!!';

function Score({ id, name, value }: { id: string; name: string; value: number | null }) {
  const grade = value === null ? 'none' : gradeOf(value);
  return (
    <div class={`score ${grade}`} data-score={id}>
      <span class="score-value">{value ?? '–'}</span>
      <span class="score-name">{name}</span>
      <span class="score-grade">{value === null ? t('grade_none') : GRADE_LABEL[gradeOf(value)]}</span>
    </div>
  );
}

/** The reply with each flagged span marked. */
function Marked({ reply, findings }: { reply: string; findings: Finding[] }) {
  const parts = [];
  let at = 0;
  for (const f of findings.filter((x) => x.end > x.start).sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    parts.push(reply.slice(at, f.start));
    parts.push(
      <mark class={f.severity} title={ruleInfo(f.ruleId).title} key={f.start}>
        {reply.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  parts.push(reply.slice(at));
  return <p class="marked">{parts}</p>;
}

export function Preview({ settings }: { settings: Settings }) {
  const [reply, setReply] = useState(SAMPLE_REPLY);
  const [customer, setCustomer] = useState(SAMPLE_CUSTOMER);
  const score = useMemo(() => createScorer(settings), [settings]);
  const result = useMemo(() => score(customer.trim() ? { reply, customer } : { reply }), [score, reply, customer]);
  const flags = result.findings.filter((f) => f.kind === 'flag');
  const moves = result.findings.filter((f) => f.kind === 'suggestion');
  return (
    <section class="panel preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('options_preview')}</h2>
      <p class="help">{t('options_preview_help')}</p>
      <label>
        <span>{t('reply_label')}</span>
        <textarea name="preview-reply" rows={6} value={reply} onInput={(e) => setReply(e.currentTarget.value)} />
      </label>
      <label>
        <span>
          {t('customer_label')} <span class="muted">{t('optional')}</span>
        </span>
        <textarea name="preview-customer" rows={2} value={customer} onInput={(e) => setCustomer(e.currentTarget.value)} />
      </label>
      <div class="scores">
        <Score id="listening" name={t('score_listening')} value={result.scores.listening} />
        <Score id="ownership" name={t('score_ownership')} value={result.scores.ownership} />
      </div>
      {reply.trim() && <Marked reply={reply} findings={flags} />}
      <ul class="findings">
        {flags.map((f) => (
          <li key={`${f.ruleId}:${f.start}`} class={`finding ${f.severity}`} data-rule={f.ruleId}>
            <span class={`sev ${f.severity}`}>{t(f.severity === 'warn' ? 'flag_severity_warn' : 'flag_severity_hint')}</span>
            <strong>{ruleInfo(f.ruleId).title}</strong> <q>{f.text}</q>
            {f.team && <span class="chip team">{t('options_team_phrase_chip')}</span>}
            {f.replacement && <div class="muted">→ {f.replacement}</div>}
          </li>
        ))}
        {moves.map((f) => (
          <li key={f.ruleId} class={`finding move ${f.severity}`} data-rule={f.ruleId}>
            <span class={`sev ${f.severity}`}>{t(f.severity === 'warn' ? 'flag_severity_warn' : 'flag_severity_hint')}</span>
            <strong>{ruleInfo(f.ruleId).title}</strong>
            <div class="sentence">{f.replacement}</div>
          </li>
        ))}
        {reply.trim() && result.findings.length === 0 && <li class="finding none">{t('options_nothing_to_fix')}</li>}
      </ul>
    </section>
  );
}
