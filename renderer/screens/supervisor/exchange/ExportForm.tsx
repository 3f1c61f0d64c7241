import { useEffect, type FormEvent } from 'react';
import { SegmentedChoice } from '../../../components/SegmentedChoice';
import { useT } from '../../../i18n';
import { downloadTicket } from '../../../lib/download';
import { exportStore, toastStore, useBoardStore, useExportStore } from '../../../stores';
import { useLocaleStore } from '../../../stores/locale-store';

/** 导出: registrations or clients for a range of days, to XLSX or CSV, then the file to take away. */
export function ExportForm() {
  const t = useT();
  const lang = useLocaleStore((s) => s.lang);
  const today = useBoardStore((s) => s.board?.day ?? '');
  const what = useExportStore((s) => s.what);
  const format = useExportStore((s) => s.format);
  const from = useExportStore((s) => s.from);
  const to = useExportStore((s) => s.to);
  const fullPhones = useExportStore((s) => s.fullPhones);
  const busy = useExportStore((s) => s.busy);
  const error = useExportStore((s) => s.error);
  const made = useExportStore((s) => s.made);
  const store = exportStore.getState;

  useEffect(() => store().init(today), [store, today]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void store().run(lang);
  };
  const download = () => {
    if (!made) return;
    downloadTicket(made.ticket, made.fileName);
    toastStore.getState().show(t('exchange.export.downloaded', { file: made.fileName }));
  };

  return (
    <form className="panel exchange__card form" onSubmit={submit} aria-label={t('exchange.export.title')}>
      <h2 className="panel__title">{t('exchange.export.title')}</h2>
      <p className="exchange__privacy">{t('exchange.export.privacy')}</p>
      <div className="field">
        <span className="field__label" id="export-what">
          {t('exchange.export.what')}
        </span>
        <SegmentedChoice
          labelledBy="export-what"
          optionClassName="exchange__what"
          choices={(['registrations', 'clients'] as const).map((w) => ({
            value: w,
            label: (
              <>
                <strong>{t(`exchange.export.${w}`)}</strong>
                <small>{t(`exchange.export.${w}Hint`)}</small>
              </>
            ),
          }))}
          value={what}
          onChange={(w) => store().choose({ what: w })}
        />
      </div>
      <div className="form__row">
        <label className="field">
          <span className="field__label">{t('exchange.export.from')}</span>
          <input
            className="input"
            type="date"
            required
            value={from}
            max={to || undefined}
            onChange={(e) => store().choose({ from: e.target.value })}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('exchange.export.to')}</span>
          <input
            className="input"
            type="date"
            required
            value={to}
            min={from || undefined}
            onChange={(e) => store().choose({ to: e.target.value })}
          />
        </label>
        <div className="field">
          <span className="field__label" id="export-format">
            {t('exchange.export.format')}
          </span>
          <SegmentedChoice
            labelledBy="export-format"
            choices={(['xlsx', 'csv'] as const).map((f) => ({ value: f, label: t(`exchange.export.${f}`) }))}
            value={format}
            onChange={(f) => store().choose({ format: f })}
          />
        </div>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={fullPhones}
          onChange={(e) => store().choose({ fullPhones: e.target.checked })}
        />
        {t('exchange.export.fullPhones')}
      </label>
      {fullPhones && <p className="exchange__warn">{t('exchange.export.fullPhonesHint')}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="btn btn--primary btn--xl" disabled={busy || !from || !to}>
          {busy ? t('exchange.export.running') : t('exchange.export.run')}
        </button>
      </div>
      {made && (
        <div className="exchange__made" role="status">
          <p>
            <strong>{t('exchange.export.made', { rows: made.rows })}</strong>
            {made.rows === 0 && <span> · {t('exchange.export.none')}</span>}
          </p>
          <button type="button" className="btn btn--secondary" onClick={download}>
            {t('exchange.export.download', { file: made.fileName })}
          </button>
        </div>
      )}
    </form>
  );
}
