import type { LedgerField } from '../../../../electron/services/ledger-fields';
import { useT } from '../../../i18n';
import { importStore, useImportStore } from '../../../stores';

/** Our fields in the order a registration reads; the API's mapping has the same keys. */
const FIELDS: LedgerField[] = ['name', 'phone', 'visitedAt', 'gender', 'consultant', 'needs', 'ref'];

/** 对应列: each of our fields ↔ a column of the file, pre-filled from its headers. */
export function ImportMappingStep() {
  const t = useT();
  const view = useImportStore((s) => s.view);
  const mapping = useImportStore((s) => s.mapping);
  const busy = useImportStore((s) => s.busy);
  const store = importStore.getState;
  if (!view || !mapping) return null;

  const columnName = (i: number) => {
    const c = view.columns[i];
    return c?.header ? c.header : t('exchange.import.columnN', { n: i + 1 });
  };

  return (
    <div className="exchange__mapping">
      <p className="exchange__summary">
        {t('exchange.import.fileSummary', { file: view.fileName, columns: view.columns.length, rows: view.rows })}
      </p>
      <p>{t('exchange.import.mappingHint')}</p>
      <table className="exchange__table">
        <thead>
          <tr>
            <th scope="col">{t('exchange.import.field')}</th>
            <th scope="col">{t('exchange.import.column')}</th>
            <th scope="col">{t('exchange.import.samples')}</th>
          </tr>
        </thead>
        <tbody>
          {FIELDS.map((f) => {
            const required = view.required.includes(f);
            const chosen = mapping[f];
            const label = t(`exchange.import.fields.${f}`);
            return (
              <tr key={f}>
                <th scope="row">
                  {label}
                  {required && (
                    <span className="exchange__required" title={t('exchange.import.required')}>
                      {' '}
                      *
                    </span>
                  )}
                </th>
                <td>
                  <select
                    className="input exchange__select"
                    aria-label={label}
                    value={chosen ?? ''}
                    onChange={(e) => store().setColumn(f, e.target.value === '' ? null : Number(e.target.value))}
                  >
                    <option value="">{t('exchange.import.skip')}</option>
                    {view.columns.map((c) => (
                      <option key={c.index} value={c.index}>
                        {columnName(c.index)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="exchange__samples">
                  {chosen === null ? '' : (view.columns[chosen]?.samples ?? []).join(' · ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="form__actions">
        <button type="button" className="btn btn--secondary" onClick={() => store().back()}>
          {t('exchange.import.back')}
        </button>
        <button
          type="button"
          className="btn btn--primary btn--xl"
          disabled={busy}
          onClick={() => void store().runPreview()}
        >
          {busy ? t('exchange.import.previewing') : t('exchange.import.toPreview')}
        </button>
      </div>
    </div>
  );
}
