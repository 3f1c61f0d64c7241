import type { Database } from 'better-sqlite3';
import { saveConsentText, setVisitConsent } from '../../db/queries/consent';
import { getSetting } from '../../db/queries/settings';
import { consentNotice, type ConsentAnswer, type ConsentNoticeText } from '../domain/privacy/consent';
import { sha256 } from './audit';

export interface CurrentNotice extends ConsentNoticeText {
  /** SHA-256 of the Chinese words: what a visit's consent points at. */
  hash: string;
  retentionYears: number;
}

/**
 * The last words hashed, and their hash: the words change only when the office's name or retention does, so every
 * check-in but the first after a change finds them here rather than hashing them again.
 */
let lastHashed: { zh: string; hash: string } | null = null;

function hashOf(zh: string): string {
  if (lastHashed?.zh !== zh) lastHashed = { zh, hash: sha256(zh) };
  return lastHashed.hash;
}

/** The notice as the office's settings make it today. */
export function currentNotice(db: Database): CurrentNotice {
  const retentionYears = getSetting(db, 'retentionYears');
  const { zh, en } = consentNotice(getSetting(db, 'officeName'), retentionYears);
  // Written out, not spread and extended: measured on the board's cards (board.ts), such objects were promoted.
  return { zh, en, hash: hashOf(zh), retentionYears };
}

/** Records the visitor's answer to today's notice with their visit (inside the visit's transaction). */
export function recordConsent(db: Database, visitId: number, answer: ConsentAnswer, at: number): void {
  const notice = currentNotice(db);
  saveConsentText(db, notice.hash, notice.zh, at);
  setVisitConsent(db, visitId, { consent: answer, textHash: notice.hash, at });
}
