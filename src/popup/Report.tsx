// The findings for one reply: flags with their better phrasing, then missing moves
// with a ready sentence. Page text is rendered as text nodes only.
import { useState } from 'preact/hooks';
import type { Finding, Result } from '../engine/types';
import type { ActionReply } from '../shared/messages';
import { ruleInfo } from './rules';
import { Scores } from './Scores';

export interface Actions {
  insert(text: string): Promise<ActionReply>;
  swap(finding: Finding): Promise<ActionReply>;
}

type Status = { kind: 'ok' | 'error'; text: string } | undefined;

function useStatus(): [Status, (status: Status) => void] {
  const [status, setStatus] = useState<Status>(undefined);
  return [status, setStatus];
}

async function copy(text: string): Promise<ActionReply> {
  try {
    await navigator.clipboard.writeText(text);
    return { ok: true };
  } catch {
    return { ok: false, error: 'Copy was blocked; select the sentence and copy it by hand.' };
  }
}

function StatusLine({ status }: { status: Status }) {
  if (!status) return null;
  return (
    <p class={`status ${status.kind}`} role="status">
      {status.text}
    </p>
  );
}

function Flag({ finding, actions }: { finding: Finding; actions: Actions | undefined }) {
  const [status, setStatus] = useStatus();
  const { title } = ruleInfo(finding.ruleId);
  const swap = async (): Promise<void> => {
    const reply = await actions!.swap(finding);
    setStatus(reply.ok ? { kind: 'ok', text: 'Replaced. Ctrl+Z in the reply undoes it.' } : { kind: 'error', text: reply.error ?? 'Could not replace.' });
  };
  return (
    <li class={`card flag ${finding.severity}`} data-rule={finding.ruleId}>
      <div class="card-head">
        <q class="phrase">{finding.text}</q>
        <span class="tag">{title}</span>
      </div>
      <p class="why">{finding.message}</p>
      {finding.replacement && (
        <div class="better">
          <span class="better-label">Try</span>
          <span class="better-text">{finding.replacement}</span>
          {finding.swap && actions && (
            <button type="button" class="small" onClick={swap}>
              Swap
            </button>
          )}
        </div>
      )}
      <StatusLine status={status} />
    </li>
  );
}

function Suggestion({ finding, actions }: { finding: Finding; actions: Actions | undefined }) {
  const [status, setStatus] = useStatus();
  const { title } = ruleInfo(finding.ruleId);
  const run = async (action: () => Promise<ActionReply>, done: string): Promise<void> => {
    const reply = await action();
    setStatus(reply.ok ? { kind: 'ok', text: done } : { kind: 'error', text: reply.error ?? 'That did not work.' });
  };
  return (
    <li class={`card suggestion ${finding.severity}`} data-rule={finding.ruleId}>
      <div class="card-head">
        <span class="move">{title}</span>
      </div>
      <p class="why">{finding.message}</p>
      {finding.replacement && <p class="sentence">{finding.replacement}</p>}
      <div class="buttons">
        {actions && finding.replacement && (
          <button type="button" class="primary" onClick={() => run(() => actions.insert(finding.replacement), 'Inserted. Ctrl+Z in the reply undoes it.')}>
            Insert
          </button>
        )}
        {finding.replacement && (
          <button type="button" onClick={() => run(() => copy(finding.replacement), 'Copied to the clipboard.')}>
            Copy
          </button>
        )}
      </div>
      <StatusLine status={status} />
    </li>
  );
}

export function Report({ result, actions, note }: { result: Result; actions?: Actions; note?: string }) {
  const flags = result.findings.filter((f) => f.kind === 'flag');
  const suggestions = result.findings.filter((f) => f.kind === 'suggestion');
  const empty = result.scores.listening === null && result.scores.ownership === null;
  return (
    <div class="report">
      <Scores scores={result.scores} />
      {note && <p class="note">{note}</p>}
      {empty && <p class="calm">Start writing the reply and ReplyCoach checks it as you type.</p>}
      {!empty && flags.length === 0 && suggestions.length === 0 && (
        <p class="calm good">Nothing to fix: this reply listens and owns the next step.</p>
      )}
      {flags.length > 0 && (
        <section>
          <h2>
            Phrases that hurt <span class="count">{flags.length}</span>
          </h2>
          <ul class="cards flags">
            {flags.map((f) => (
              <Flag key={`${f.ruleId}:${f.start}`} finding={f} actions={actions} />
            ))}
          </ul>
        </section>
      )}
      {suggestions.length > 0 && (
        <section>
          <h2>
            Missing moves <span class="count">{suggestions.length}</span>
          </h2>
          <ul class="cards suggestions">
            {suggestions.map((f) => (
              <Suggestion key={f.ruleId} finding={f} actions={actions} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
