/**
 * The daily registration sheet (来访客户登记表) as data: what the service reads from the day (or from the
 * snapshot frozen at 日结) and what the template prints. Values are already what the paper shows —
 * times in office time, phones masked (PIPL) — so a frozen sheet needs nothing from live data.
 */
export type Gender = 'male' | 'female';

export interface SheetRow {
  no: number;
  visitId: number;
  /** HH:MM, office time. */
  time: string;
  visitor: string | null;
  gender: Gender | null;
  maskedPhone: string | null;
  partySize: number;
  /** A registration channel code (walkIn, referral, …). */
  channel: string | null;
  needs: string | null;
  returning: boolean;
  receivedBy: string | null;
  owner: string | null;
  notes: string | null;
}

/** The registration fields a correction may change; ownership goes through 客户归属, not the sheet. */
export const AMENDABLE_FIELDS = ['visitor', 'gender', 'maskedPhone', 'partySize', 'channel', 'needs', 'notes'] as const;
export type AmendableField = (typeof AMENDABLE_FIELDS)[number];

export interface SheetChange {
  field: AmendableField;
  from: string | number | null;
  to: string | number | null;
}

/** 更正记录: who corrected which row of a closed day, when and why. */
export interface SheetAmendment {
  no: number;
  visitId: number;
  /** YYYY-MM-DD HH:MM, office time. */
  at: string;
  by: string;
  reason: string;
  changes: SheetChange[];
}

export interface SheetClose {
  /** YYYY-MM-DD HH:MM, office time. */
  closedAt: string;
  closedBy: string;
  /** XXXX-XXXX over the frozen rows and every amendment since. */
  fingerprint: string;
  /** Erasures (删除记录 #N) that redacted the frozen sheet, with the 校验码 it had before: the filed paper's. */
  redactions: { erasureNo: number; fingerprintBefore: string }[];
}

/** What is frozen at 日结: the day as the sheet printed it. */
export interface SheetSnapshot {
  day: string;
  officeName: string;
  projectName: string;
  rows: SheetRow[];
  onDuty: string[];
}

export interface DailySheet extends SheetSnapshot {
  amendments: SheetAmendment[];
  close: SheetClose | null;
}

export const CHANNEL_LABELS: Record<string, string> = {
  walkIn: '自然到访',
  referral: '老带新/介绍',
  phone: '来电',
  online: '网络',
  outdoor: '户外广告',
  agency: '中介/渠道',
  other: '其他',
};

export const GENDER_LABELS: Record<Gender, string> = { male: '男', female: '女' };

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

export function weekdayOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
}

/** The rows as corrected: each amendment's new values over the frozen ones, in order. */
export function amendedRows(rows: readonly SheetRow[], amendments: readonly SheetAmendment[]): SheetRow[] {
  return rows.map((row) =>
    amendments
      .filter((a) => a.visitId === row.visitId)
      .reduce<SheetRow>((r, a) => a.changes.reduce<SheetRow>((acc, c) => ({ ...acc, [c.field]: c.to }), r), row),
  );
}

export interface Count {
  label: string;
  count: number;
}

export interface SheetTotals {
  visits: number;
  people: number;
  newClients: number;
  returning: number;
  byConsultant: Count[];
  byChannel: Count[];
}

function tally(labels: string[]): Count[] {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count);
}

export function sheetTotals(rows: readonly SheetRow[]): SheetTotals {
  const returning = rows.filter((r) => r.returning).length;
  return {
    visits: rows.length,
    people: rows.reduce((n, r) => n + r.partySize, 0),
    newClients: rows.length - returning,
    returning,
    byConsultant: tally(rows.map((r) => r.receivedBy ?? '未接待')),
    byChannel: tally(rows.map((r) => (r.channel ? (CHANNEL_LABELS[r.channel] ?? r.channel) : '未填'))),
  };
}
