import { useT } from '../../../i18n';
import { importStore, useImportStore } from '../../../stores';
import { ImportCounts } from './ImportCounts';

/** 完成: what was written, and the way to the next file. */
export function ImportDone() {
  const t = useT();
  const result = useImportStore((s) => s.result);
  if (!result) return null;
  return (
    <div className="exchange__done" role="status">
      <p className="exchange__result">
        {t('exchange.import.done', {
          n: result.imported,
          created: result.clientsCreated,
          matched: result.clientsMatched,
        })}
        {result.rejectedTotal > 0 && t('exchange.import.doneSkipped', { n: result.rejectedTotal })}
      </p>
      <ImportCounts preview={result} />
      {result.consultantsCreated.length > 0 && (
        <p className="exchange__warn">
          {t('exchange.import.createdConsultants', { names: result.consultantsCreated.join('、') })}
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="btn btn--primary" onClick={() => importStore.getState().reset()}>
          {t('exchange.import.again')}
        </button>
      </div>
    </div>
  );
}
