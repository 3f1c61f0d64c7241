import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';
import type { ConsentAnswer } from '../../electron/domain/privacy/consent';

/** The visitor's answer to the notice, when, and the words they were told; null fields: not recorded. */
export interface VisitConsent {
  consent: ConsentAnswer | null;
  textHash: string | null;
  text: string | null;
  at: number | null;
}

/** Keeps the words of a notice once, by their hash; the first visit told them dates them. */
export function saveConsentText(db: Database, hash: string, text: string, at: number): void {
  prepared(db, 'INSERT INTO consent_texts (hash, text, first_used_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(
    hash,
    text,
    at,
  );
}

export function setVisitConsent(
  db: Database,
  visitId: number,
  c: { consent: ConsentAnswer; textHash: string; at: number },
): void {
  prepared(db, 'UPDATE visits SET consent = ?, consent_text = ?, consent_at = ? WHERE id = ?').run(
    c.consent,
    c.textHash,
    c.at,
    visitId,
  );
}

export function getVisitConsent(db: Database, visitId: number): VisitConsent | null {
  const row = prepared(
    db,
    `SELECT v.consent, v.consent_text AS textHash, t.text, v.consent_at AS at
       FROM visits AS v LEFT JOIN consent_texts AS t ON t.hash = v.consent_text WHERE v.id = ?`,
  ).get(visitId) as VisitConsent | undefined;
  return row ?? null;
}

/** Of these visits, those whose visitor declined: anonymous receptions, not registrations to complete. */
export function declinedAmong(db: Database, visitIds: readonly number[]): Set<number> {
  if (visitIds.length === 0) return new Set();
  const rows = prepared(
    db,
    `SELECT id FROM visits WHERE consent = 'declined' AND id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(visitIds)) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}
