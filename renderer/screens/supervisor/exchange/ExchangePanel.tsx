import { useState } from 'react';
import { useT } from '../../../i18n';
import { ExportForm } from './ExportForm';
import { ImportWizard } from './ImportWizard';

type Mode = 'export' | 'import';

/** 导入导出: the office's records out to a spreadsheet, an old registration ledger in. */
export function ExchangePanel() {
  const t = useT();
  const [mode, setMode] = useState<Mode>('export');
  return (
    <section className="exchange" aria-label={t('exchange.tab')}>
      <div className="segmented" role="radiogroup" aria-label={t('exchange.modes.label')}>
        {(['export', 'import'] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="radio"
            aria-checked={mode === m}
            className="btn btn--toggle exchange__mode"
            onClick={() => setMode(m)}
          >
            {t(`exchange.modes.${m}`)}
          </button>
        ))}
      </div>
      {mode === 'export' ? <ExportForm /> : <ImportWizard />}
    </section>
  );
}
