// For pages without a reply box: check any text pasted here, with the same findings.
import { useState } from 'preact/hooks';
import type { Result } from '../engine/types';
import { t } from '../shared/i18n';
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
    setError(scored ? '' : t('check_failed'));
    setResult(scored);
  };

  return (
    <div class="paste">
      <div class="empty">
        <h2 class="empty-title">{t('paste_title')}</h2>
        <p class="empty-text">{t('paste_text')}</p>
      </div>
      <form onSubmit={check}>
        <label>
          <span>{t('reply_label')}</span>
          <textarea name="reply" rows={5} value={reply} onInput={(e) => setReply(e.currentTarget.value)} placeholder={t('reply_placeholder')} />
        </label>
        <label>
          <span>
            {t('customer_label')} <span class="optional">{t('optional')}</span>
          </span>
          <textarea name="customer" rows={3} value={customer} onInput={(e) => setCustomer(e.currentTarget.value)} placeholder={t('customer_placeholder')} />
        </label>
        <button type="submit" class="primary" disabled={reply.trim() === ''}>
          {t('check_reply')}
        </button>
      </form>
      {error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}
      {result && <Report result={result} />}
    </div>
  );
}
