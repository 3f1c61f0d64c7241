import type { ChangeEvent } from 'react';
import { useT } from '../../../i18n';
import { errorText } from '../../../lib/errors';
import { readAsBase64 } from '../../../lib/file-base64';
import { importStore, useImportStore } from '../../../stores';

/** The backend's cap (MAX_IMPORT_MB in electron/api/contracts/exchange.ts), checked here so a huge file is not sent. */
const MAX_MB = 20;

export function ImportFileStep() {
  const t = useT();
  const busy = useImportStore((s) => s.busy);
  const store = importStore.getState;

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_MB * 1024 * 1024) return store().fail(t('exchange.import.tooLarge', { mb: MAX_MB }));
    let content: string;
    try {
      content = await readAsBase64(file);
    } catch (err) {
      return store().fail(errorText(err));
    }
    await store().choose({ fileName: file.name, content });
  };

  return (
    <div className="exchange__file">
      <p>{t('exchange.import.fileHint', { mb: MAX_MB })}</p>
      <label
        className={busy ? 'btn btn--primary btn--xl exchange__pick is-busy' : 'btn btn--primary btn--xl exchange__pick'}
      >
        {busy ? t('exchange.import.reading') : t('exchange.import.choose')}
        <input
          type="file"
          className="exchange__file-input"
          accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          onChange={(e) => void pick(e)}
        />
      </label>
    </div>
  );
}
