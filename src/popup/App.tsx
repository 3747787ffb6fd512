import { useEffect, useState } from 'preact/hooks';
import { swapRange } from '../engine/swap';
import { t } from '../shared/i18n';
import type { TabState } from '../shared/messages';
import type { Finding } from '../engine/types';
import { requestNeverFlag } from '../shared/never-flag';
import { currentTabId, readTabState, sendToPage, watchTabState } from './api';
import { PasteCheck } from './PasteCheck';
import { Report, type Actions } from './Report';

type View = { kind: 'loading' } | { kind: 'tab'; tabId: number; state: TabState } | { kind: 'none' };

function actionsFor(tabId: number, state: TabState): Actions {
  return {
    insert: (finding) => sendToPage(tabId, { type: 'insert', text: finding.replacement, ...(finding.insertAt ? { at: finding.insertAt } : {}) }),
    swap: (repeats) => {
      const spans = repeats.map((f) => {
        const range = swapRange(f);
        return { start: range.start, end: range.end, expected: range.text };
      });
      return sendToPage(tabId, { type: 'swap', spans, replacement: repeats[0]!.replacement });
    },
    dismiss: (f) => sendToPage(tabId, { type: 'dismiss', ruleId: f.ruleId, phrase: f.text }),
    ...(state.neverFlag === false ? {} : { neverFlag: (f: Finding) => requestNeverFlag({ ruleId: f.ruleId, phrase: f.text }) }),
  };
}

export function App() {
  const [view, setView] = useState<View>({ kind: 'loading' });

  useEffect(() => {
    let stop = (): void => {};
    void (async () => {
      const tabId = await currentTabId();
      if (tabId === undefined) return setView({ kind: 'none' });
      const show = (state: TabState | undefined): void => setView(state ? { kind: 'tab', tabId, state } : { kind: 'none' });
      stop = watchTabState(tabId, show);
      const stored = await readTabState(tabId);
      // A result stored for a page the tab has since left is not shown.
      show(stored && (await sendToPage(tabId, { type: 'has-box' })).ok ? stored : undefined);
    })();
    return () => stop();
  }, []);

  return (
    <main class="popup">
      <header class="top">
        <img src="/icons/icon32.png" alt="" width={20} height={20} />
        <h1>{t('ext_name')}</h1>
      </header>
      {view.kind === 'tab' && (
        <Report
          result={view.state.result}
          actions={actionsFor(view.tabId, view.state)}
          note={view.state.hasCustomer ? undefined : t('no_customer_note')}
        />
      )}
      {view.kind === 'none' && <PasteCheck />}
    </main>
  );
}
