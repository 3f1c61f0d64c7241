import type { PeriodKind, ReportPeriodView } from '../../../../electron/api/report-types';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { useT } from '../../../i18n';
import { reportStore, useReportStore } from '../../../stores';
import { useLocaleStore } from '../../../stores/locale-store';
import { periodLabel } from './period-label';

const KINDS: PeriodKind[] = ['day', 'week', 'month'];

/** 日 / 周 / 月, the period's name, previous and next, a date to jump to, and back to the current one. */
export function PeriodBar({ period }: { period: ReportPeriodView }) {
  const t = useT();
  const lang = useLocaleStore((s) => s.lang);
  const kind = useReportStore((s) => s.kind);
  const { go, setKind } = reportStore.getState();
  const isCurrent = period.from <= period.today && period.today <= period.to;

  return (
    <div className="report-period">
      <ChoiceGroup
        label={t('reports.period')}
        choices={KINDS.map((k) => ({ value: k, label: t(`reports.kinds.${k}`) }))}
        value={kind}
        onChange={setKind}
        size="lg"
      />
      <div className="report-period__nav">
        <button
          type="button"
          className="btn btn--secondary report-period__step"
          aria-label={t(`reports.previous.${period.kind}`)}
          onClick={() => go(period.previous)}
        >
          ‹
        </button>
        <h2 className="report-period__label" aria-live="polite">
          {periodLabel(period, lang)}
        </h2>
        <button
          type="button"
          className="btn btn--secondary report-period__step"
          aria-label={t(`reports.next.${period.kind}`)}
          disabled={period.next === null}
          onClick={() => go(period.next)}
        >
          ›
        </button>
      </div>
      <label className="report-period__date">
        <span className="visually-hidden">{t('reports.pickDate')}</span>
        <input
          type="date"
          className="input"
          value={period.from}
          max={period.today}
          onChange={(e) => e.target.value && go(e.target.value)}
        />
      </label>
      <button type="button" className="btn btn--secondary" disabled={isCurrent} onClick={() => go(null)}>
        {t(`reports.current.${period.kind}`)}
      </button>
    </div>
  );
}
