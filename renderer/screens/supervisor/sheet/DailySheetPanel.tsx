import { useEffect, useState } from 'react';
import { SegmentedChoice } from '../../../components/SegmentedChoice';
import { useT } from '../../../i18n';
import { downloadTicket } from '../../../lib/download';
import { errorText } from '../../../lib/errors';
import { printHtml } from '../../../lib/print-html';
import { dailySheetStore, toastStore, useBoardStore, useDailySheetStore } from '../../../stores';
import { AmendRowDialog } from './AmendRowDialog';
import { CloseDayDialog } from './CloseDayDialog';
import { SheetStatus } from './SheetStatus';

/**
 * 登记表: the day's registration sheet as it will print — preview, print, save as PDF, close the day
 * (日结), correct a closed day (更正), and a month's sheets as one PDF for the archive.
 */
export function DailySheetPanel() {
  const t = useT();
  const day = useDailySheetStore((s) => s.day);
  const view = useDailySheetStore((s) => s.view);
  const error = useDailySheetStore((s) => s.error);
  const busy = useDailySheetStore((s) => s.busy);
  const orientation = useDailySheetStore((s) => s.view?.orientation ?? 'portrait');
  // The archive's month follows the day looked at, until the supervisor picks another.
  const [pickedMonth, setMonth] = useState('');
  const month = pickedMonth || day.slice(0, 7);
  const [dialog, setDialog] = useState<'close' | 'amend' | null>(null);
  const store = dailySheetStore.getState;

  // Opening the sheet is when a PDF is likely soon: the printer starts now, while the supervisor reads the preview.
  useEffect(() => {
    void store().preparePrinter();
  }, [store]);

  // A check-in anywhere changes the day (its version): an open day's preview follows it.
  const version = useBoardStore((s) => s.board?.version ?? 0);
  useEffect(() => {
    void store().load();
  }, [store, version]);

  const save = async (made: Promise<{ ticket: string; fileName: string } | null>) => {
    const offer = await made;
    if (!offer) return;
    downloadTicket(offer.ticket, offer.fileName);
    toastStore.getState().show(t('dailySheet.saved', { file: offer.fileName }));
  };
  const print = () => {
    if (view) printHtml(view.html).catch((err: unknown) => toastStore.getState().show(errorText(err), 'error'));
  };

  return (
    <section className="sheet-panel" aria-label={t('dailySheet.tab')}>
      <div className="sheet-panel__bar">
        <label className="field field--inline">
          <span className="field__label">{t('dailySheet.day')}</span>
          <input
            className="input sheet-panel__date"
            type="date"
            value={day}
            required
            onChange={(e) => e.target.value && void store().load(e.target.value)}
          />
        </label>
        <SegmentedChoice
          label={t('dailySheet.orientation')}
          className="sheet-panel__toggle"
          choices={(['portrait', 'landscape'] as const).map((o) => ({ value: o, label: t(`dailySheet.${o}`) }))}
          value={orientation}
          onChange={(o) => void store().setOrientation(o)}
        />
        <button type="button" className="btn btn--primary" disabled={!view} onClick={print}>
          {t('dailySheet.print')}
        </button>
        <button
          type="button"
          className="btn btn--secondary"
          disabled={!view || busy}
          onClick={() => void save(store().savePdf())}
        >
          {t('dailySheet.savePdf')}
        </button>
        {view && !view.closed && (
          <button type="button" className="btn btn--danger" disabled={busy} onClick={() => setDialog('close')}>
            {t('dailySheet.close')}
          </button>
        )}
        {view?.closed && (
          <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => setDialog('amend')}>
            {t('dailySheet.amend')}
          </button>
        )}
        <form
          className="sheet-panel__month"
          onSubmit={(e) => {
            e.preventDefault();
            void save(store().saveMonth(month));
          }}
        >
          <label className="field field--inline">
            <span className="field__label">{t('dailySheet.month')}</span>
            <input className="input" type="month" value={month} onChange={(e) => setMonth(e.target.value)} />
          </label>
          <button type="submit" className="btn btn--secondary" disabled={!month || busy}>
            {t('dailySheet.saveMonth')}
          </button>
        </form>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {view ? (
        <>
          <SheetStatus view={view} />
          <iframe
            className="sheet-panel__preview"
            title={t('dailySheet.preview', { day: view.day })}
            sandbox=""
            srcDoc={view.html}
          />
        </>
      ) : (
        !error && <p>{t('app.loading')}</p>
      )}
      {dialog === 'close' && view && <CloseDayDialog day={view.day} onClose={() => setDialog(null)} />}
      {dialog === 'amend' && view && <AmendRowDialog view={view} onClose={() => setDialog(null)} />}
    </section>
  );
}
