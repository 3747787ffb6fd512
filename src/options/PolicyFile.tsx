// Export the settings as a team policy file, or import one. An import is checked in full
// first: a file with any problem changes nothing, and every problem is listed with its
// field path and what was expected.
import { useRef } from 'preact/hooks';
import { parsePolicyText, toPolicy } from '../shared/policy';
import { t } from '../shared/i18n';
import type { TeamSettings } from '../shared/settings-fields';

export type ImportOutcome = { ok: true; settings: TeamSettings; file: string } | { ok: false; errors: string[]; file: string };

const MAX_FILE_BYTES = 1_000_000;

async function readPolicyFile(file: File): Promise<ImportOutcome> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, file: file.name, errors: [t('options_file_too_big', String(Math.round(file.size / 1024)))] };
  const parsed = parsePolicyText(await file.text());
  if (!parsed.ok) return { ok: false, file: file.name, errors: parsed.errors };
  return { ok: true, file: file.name, settings: parsed.name === undefined ? parsed.settings : { ...parsed.settings, name: parsed.name } };
}

function download(settings: TeamSettings): void {
  const text = `${JSON.stringify(toPolicy(settings), null, 2)}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${(settings.name ?? 'replycoach-policy').replace(/[^\w.-]+/g, '-').toLowerCase()}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function PolicyFile({ settings, onImport }: { settings: TeamSettings; onImport(outcome: ImportOutcome): void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div class="file-actions">
      <button type="button" onClick={() => input.current?.click()}>
        {t('options_import')}
      </button>
      <button type="button" onClick={() => download(settings)}>
        {t('options_export')}
      </button>
      <input
        ref={input}
        type="file"
        name="policy-file"
        accept=".json,application/json"
        hidden
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onImport(await readPolicyFile(file));
        }}
      />
    </div>
  );
}
