// For pages without a reply box: check any text pasted here, with the same findings.
import { useState } from 'preact/hooks';
import type { Result } from '../engine/types';
import { checkText } from './api';
import { Report } from './Report';

export function PasteCheck() {
  const [reply, setReply] = useState('');
  const [customer, setCustomer] = useState('');
  const [result, setResult] = useState<Result | undefined>(undefined);
  const [error, setError] = useState('');

  const check = async (event: Event): Promise<void> => {
    event.preventDefault();
    const scored = await checkText(reply, customer);
    setError(scored ? '' : 'ReplyCoach could not check this text.');
    setResult(scored);
  };

  return (
    <div class="paste">
      <div class="empty">
        <p class="empty-title">No reply box on this page</p>
        <p class="empty-text">Open a reply in Gmail or Zendesk and ReplyCoach checks it as you type. Or paste any reply below.</p>
      </div>
      <form onSubmit={check}>
        <label>
          <span>Reply</span>
          <textarea name="reply" rows={5} value={reply} onInput={(e) => setReply(e.currentTarget.value)} placeholder="Paste or write a reply…" />
        </label>
        <label>
          <span>
            Customer message <span class="optional">(optional)</span>
          </span>
          <textarea name="customer" rows={3} value={customer} onInput={(e) => setCustomer(e.currentTarget.value)} placeholder="What the customer wrote" />
        </label>
        <button type="submit" class="primary" disabled={reply.trim() === ''}>
          Check reply
        </button>
      </form>
      {error && <p class="status error">{error}</p>}
      {result && <Report result={result} />}
    </div>
  );
}
