import type { PeriodKind } from '../domain/report-period';
import type { ConsultantFigures, DayFigures, HourCount } from '../domain/report-shape';

export type { ConsultantFigures, DayFigures, HourCount, PeriodKind };

/** The period shown, and where the previous / next buttons lead (an office day inside that period). */
export interface ReportPeriodView {
  kind: PeriodKind;
  from: string;
  to: string;
  previous: string;
  /** Null when the next period has not begun: the future has no visits. */
  next: string | null;
  /** The office's today: the period is the current one when it contains it. */
  today: string;
}

export interface ReportTotals {
  visits: number;
  /** 首访 — visits − returning. */
  new: number;
  /** 复访: see docs/reports.md for what counts. */
  returning: number;
  /** Registrations of the period still without the three basics (no claim until completed). */
  incomplete: number;
  followUps: number;
}

export interface ChannelFigure {
  /** A channel code (check-in-schemas CHANNELS), or null: left blank at the desk (未填). */
  channel: string | null;
  visits: number;
}

/** 本周到期: a client whose protection ends before Sunday midnight; masked, as on every shared screen. */
export interface EndingProtectionView {
  clientId: number;
  ref: string;
  maskedName: string | null;
  owner: string;
  endsAt: number;
}

export interface Report {
  period: ReportPeriodView;
  totals: ReportTotals;
  byDay: DayFigures[];
  byConsultant: ConsultantFigures[];
  byChannel: ChannelFigure[];
  byHour: HourCount[];
  protections: { weekFrom: string; weekTo: string; ending: EndingProtectionView[] };
}
