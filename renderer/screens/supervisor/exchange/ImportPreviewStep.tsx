import type { ImportPreview } from '../../../../electron/api/exchange-types';
import { useT } from '../../../i18n';
import { clockOf, isoDateOf } from '../../../lib/time';
import { importStore, useBoardStore, useImportStore } from '../../../stores';
import { ImportCounts } from './ImportCounts';

const FIELD_KEYS = ['ref', 'name', 'gender', 'phone', 'consultant', 'visitedAt', 'needs'] as const;
type FieldKey = (typeof FIELD_KEYS)[number];
const isField = (f: string): f is FieldKey => (FIELD_KEYS as readonly string[]).includes(f);

function Shown({ shown, total }: { shown: number; total: number }) {
  const t = useT();
  return shown < total ? <p className="exchange__note">{t('exchange.import.shown', { shown, total })}</p> : null;
}

/** 预览: the dry run's counts, the lines that would be rejected with why, and where every good line goes. */
export function ImportPreviewStep() {
  const t = useT();
  const preview = useImportStore((s) => s.preview);
  const busy = useImportStore((s) => s.busy);
  const timeZone = useBoardStore((s) => s.board?.timeZone ?? 'Asia/Shanghai');
  const store = importStore.getState;
  if (!preview) return null;

  const when = (ms: number) => `${isoDateOf(ms, timeZone)} ${clockOf(ms, timeZone)}`;
  const goesTo = (l: ImportPreview['lines'][number]) =>
    l.outcome === 'created'
      ? t('exchange.import.created', { ref: l.clientRef })
      : l.onFile
        ? t('exchange.import.matchedOnFile', { ref: l.clientRef, name: l.clientName })
        : t('exchange.import.matchedEarlier', { ref: l.clientRef });
  const bad = preview.rejectedTotal;

  return (
    <div className="exchange__preview">
      <p className="exchange__note">{t('exchange.import.previewHint')}</p>
      <ImportCounts preview={preview} />
      {preview.consultantsCreated.length > 0 && (
        <p className="exchange__warn">
          {t('exchange.import.newConsultants', { names: preview.consultantsCreated.join('、') })}
        </p>
      )}
      {bad > 0 && (
        <section aria-label={t('exchange.import.rejectedTitle')}>
          <h3 className="exchange__subtitle">{t('exchange.import.rejectedTitle')}</h3>
          <table className="exchange__table exchange__table--rejected">
            <thead>
              <tr>
                <th scope="col">{t('exchange.import.line')}</th>
                <th scope="col">{t('exchange.import.field')}</th>
                <th scope="col">{t('exchange.import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rejected.map((p) => (
                <tr key={`${p.line} ${p.field}`}>
                  <td>{p.line}</td>
                  <td>{isField(p.field) ? t(`exchange.import.fields.${p.field}`) : p.field}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Shown shown={preview.rejected.length} total={bad} />
        </section>
      )}
      {preview.linesTotal > 0 && (
        <section aria-label={t('exchange.import.linesTitle')}>
          <h3 className="exchange__subtitle">{t('exchange.import.linesTitle')}</h3>
          <table className="exchange__table">
            <thead>
              <tr>
                <th scope="col">{t('exchange.import.line')}</th>
                <th scope="col">{t('exchange.import.name')}</th>
                <th scope="col">{t('exchange.import.phone')}</th>
                <th scope="col">{t('exchange.import.visitedAt')}</th>
                <th scope="col">{t('exchange.import.consultant')}</th>
                <th scope="col">{t('exchange.import.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.lines.map((l) => (
                <tr key={l.line} className={`exchange__line exchange__line--${l.outcome}`}>
                  <td>{l.line}</td>
                  <td>{l.name}</td>
                  <td>{l.maskedPhone}</td>
                  <td>{when(l.visitedAt)}</td>
                  <td>{l.consultant ?? ''}</td>
                  <td>{goesTo(l)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Shown shown={preview.lines.length} total={preview.linesTotal} />
        </section>
      )}
      <div className="form__actions exchange__actions">
        <button type="button" className="btn btn--secondary" onClick={() => store().back()}>
          {t('exchange.import.back')}
        </button>
        {preview.imported === 0 ? (
          <p className="error">{t('exchange.import.nothing')}</p>
        ) : (
          <button
            type="button"
            className="btn btn--primary btn--xl"
            disabled={busy}
            onClick={() => void store().runImport()}
          >
            {busy
              ? t('exchange.import.importing')
              : bad > 0
                ? t('exchange.import.runSkipping', { bad, n: preview.imported })
                : t('exchange.import.run', { n: preview.imported })}
          </button>
        )}
      </div>
    </div>
  );
}
