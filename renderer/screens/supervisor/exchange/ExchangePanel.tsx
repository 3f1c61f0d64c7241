import { useState } from 'react';
import { SegmentedChoice } from '../../../components/SegmentedChoice';
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
      <SegmentedChoice<Mode>
        label={t('exchange.modes.label')}
        optionClassName="exchange__mode"
        choices={(['export', 'import'] as const).map((m) => ({ value: m, label: t(`exchange.modes.${m}`) }))}
        value={mode}
        onChange={setMode}
      />
      {mode === 'export' ? <ExportForm /> : <ImportWizard />}
    </section>
  );
}
