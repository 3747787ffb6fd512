// A live preview: a reply (and the customer's message) scored under the settings being
// edited, before they are saved. Text is rendered as text nodes only.
import { useMemo, useState } from 'preact/hooks';
import { createScorer, type Finding, type Settings } from '../engine';
import { GRADE_LABEL, gradeOf, ruleInfo } from '../popup/rules';

const SAMPLE_REPLY = 'Hi Dana,\n\nI understand your frustration. It is our policy to hold refunds until the billing cycle closes, and our records indicate both payments went through. Please be advised that there is nothing we can do before then.';
const SAMPLE_CUSTOMER = 'You charged me twice for my October flight to Denver and nobody answers my emails!!!';

function Score({ name, value }: { name: string; value: number | null }) {
  const grade = value === null ? 'none' : gradeOf(value);
  return (
    <div class={`score ${grade}`} data-score={name.toLowerCase()}>
      <span class="score-value">{value ?? '–'}</span>
      <span class="score-name">{name}</span>
      <span class="score-grade">{value === null ? 'Not scored' : GRADE_LABEL[gradeOf(value)]}</span>
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
      <h2 id="preview-title">Preview</h2>
      <p class="help">Scored with the settings on this page, saved or not.</p>
      <label>
        <span>Reply</span>
        <textarea name="preview-reply" rows={6} value={reply} onInput={(e) => setReply(e.currentTarget.value)} />
      </label>
      <label>
        <span>
          Customer message <span class="muted">(optional)</span>
        </span>
        <textarea name="preview-customer" rows={2} value={customer} onInput={(e) => setCustomer(e.currentTarget.value)} />
      </label>
      <div class="scores">
        <Score name="Listening" value={result.scores.listening} />
        <Score name="Ownership" value={result.scores.ownership} />
      </div>
      {reply.trim() && <Marked reply={reply} findings={flags} />}
      <ul class="findings">
        {flags.map((f) => (
          <li key={`${f.ruleId}:${f.start}`} class={`finding ${f.severity}`} data-rule={f.ruleId}>
            <span class={`sev ${f.severity}`}>{f.severity === 'warn' ? 'Warning' : 'Hint'}</span>
            <strong>{ruleInfo(f.ruleId).title}</strong> <q>{f.text}</q>
            {f.team && <span class="chip team">team phrase</span>}
            {f.replacement && <div class="muted">→ {f.replacement}</div>}
          </li>
        ))}
        {moves.map((f) => (
          <li key={f.ruleId} class={`finding move ${f.severity}`} data-rule={f.ruleId}>
            <span class={`sev ${f.severity}`}>{f.severity === 'warn' ? 'Warning' : 'Hint'}</span>
            <strong>{ruleInfo(f.ruleId).title}</strong>
            <div class="sentence">{f.replacement}</div>
          </li>
        ))}
        {reply.trim() && result.findings.length === 0 && <li class="finding none">Nothing to fix under these settings.</li>}
      </ul>
    </section>
  );
}
