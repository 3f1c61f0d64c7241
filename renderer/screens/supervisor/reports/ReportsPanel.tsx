import { useEffect } from 'react';
import { useT } from '../../../i18n';
import { reportStore, useBoardStore, useReportStore } from '../../../stores';
import { ChannelChart } from './ChannelChart';
import { ConsultantChart } from './ConsultantChart';
import { DayChart } from './DayChart';
import { EndingProtections } from './EndingProtections';
import { HourChart } from './HourChart';
import { KpiTiles } from './KpiTiles';
import { PeriodBar } from './PeriodBar';

/** 报表: the day, week or month in figures — tiles to read, charts to look at, protections to act on. */
export function ReportsPanel() {
  const t = useT();
  const report = useReportStore((s) => s.report);
  const error = useReportStore((s) => s.error);
  // A visitor checked in moves today's figures: the report follows the board.
  const version = useBoardStore((s) => s.board?.version ?? 0);
  useEffect(() => {
    void reportStore.getState().load();
  }, [version]);

  if (!report)
    return (
      <p className={error ? 'error' : ''} role={error ? 'alert' : undefined}>
        {error ?? t('app.loading')}
      </p>
    );
  const { totals, period } = report;
  const empty = totals.visits === 0 && totals.followUps === 0;
  return (
    <section className="reports" aria-label={t('reports.tab')}>
      <PeriodBar period={period} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <KpiTiles totals={totals} />
      {empty ? (
        <p className="reports__empty" data-testid="reports-empty">
          {t('reports.empty')}
        </p>
      ) : (
        <div className="reports__charts">
          <ConsultantChart rows={report.byConsultant} />
          {period.kind !== 'day' && <DayChart days={report.byDay} kind={period.kind} />}
          <HourChart rows={report.byHour} />
          <ChannelChart rows={report.byChannel} />
        </div>
      )}
      <EndingProtections protections={report.protections} />
    </section>
  );
}
