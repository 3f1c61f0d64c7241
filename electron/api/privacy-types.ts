/** 个人信息: what the office holds about one phone number, as the administrator sees it before exporting or erasing. */
export interface PersonClientView {
  ref: string;
  name: string;
  /** Every phone on the record, masked. */
  phones: string[];
  ownerName: string | null;
  firstVisitAt: number | null;
  lastVisitAt: number | null;
  followUps: number;
  sales: number;
  rulings: number;
}

export interface PersonDataView {
  /** The number searched for, masked. */
  maskedPhone: string;
  found: boolean;
  clients: PersonClientView[];
  /** Registrations: the clients' visits and those that typed the number without becoming a client's. */
  visits: number;
  firstDay: string | null;
  lastDay: string | null;
  /** Registrations that typed the number without a client record (incomplete, or another person's household). */
  looseRegistrations: number;
  /** Other visitors' registrations that named this number as their referrer. */
  referrals: number;
  /** Closed days (日结) whose frozen sheet carries one of the visits: erasing redacts them and marks the reprint. */
  closedDays: number;
  followUps: number;
  sales: number;
}

/** Why an erasure is made: a code, never words, so the audit entry holds nothing about the person. */
export const ERASURE_REASONS = [
  'subjectRequest',
  'consentWithdrawn',
  'purposeFulfilled',
  'unlawfullyCollected',
] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

/** What one erasure removed or redacted, table by table: the tombstone's details. */
export interface ErasureCounts {
  clientsDeleted: number;
  clientsKept: number;
  phones: number;
  followUps: number;
  visits: number;
  referrals: number;
  dayEvents: number;
  closedDays: number;
  amendments: number;
  rulings: number;
  merges: number;
  sales: number;
  ownershipChanges: number;
}

export interface ErasureResult {
  /** 删除记录 #N. */
  erasureNo: number;
  counts: ErasureCounts;
}

export interface PersonExportResult {
  ticket: string;
  fileName: string;
}

export interface RetentionView {
  years: number;
  min: number;
  max: number;
  lastPurge: { at: number; erased: number; done: boolean } | null;
}
