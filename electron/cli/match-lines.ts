import type { Database } from 'better-sqlite3';
import { listConsultants } from '../../db/queries/consultants';
import { getSetting } from '../../db/queries/settings';
import { isProtected } from '../domain/ownership/protection';
import { resolvePolicy } from '../domain/policy';
import { findCandidates } from '../services/candidates';

export interface MatchLineOut {
  id: string;
  candidates: {
    ref: string;
    name: string;
    owner: string | null;
    protected: boolean;
    level: 'strong' | 'possible';
    score: number;
    reasons: string[];
  }[];
}

/**
 * One input line `{"id","name","phone"}` → its candidates, best first. `owner` is the consultant on
 * the record, lapsed or not; `protected` is judged at `now`. A line that is not such an object
 * answers with its line number and what is wrong, so outputs stay one per input line.
 */
export function matchLine(
  db: Database,
  text: string,
  line: number,
  now: number,
): MatchLineOut | { line: number; error: string } {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { line, error: `第 ${line} 行不是有效的 JSON` };
  }
  const o = input as { id?: unknown; name?: unknown; phone?: unknown } | null;
  if (typeof o !== 'object' || o === null || (typeof o.id !== 'string' && typeof o.id !== 'number')) {
    return { line, error: `第 ${line} 行缺少 id` };
  }
  const field = (v: unknown) => (typeof v === 'string' ? v : null);
  const policy = resolvePolicy(getSetting(db, 'policy'));
  const names = new Map(listConsultants(db).map((c) => [c.id, c.name]));
  const { candidates, records } = findCandidates(db, { name: field(o.name), phone: field(o.phone) });
  return {
    id: String(o.id),
    candidates: candidates.flatMap((c) => {
      const r = records.get(c.clientId);
      if (!r) return [];
      return [
        {
          ref: r.ref,
          name: r.name,
          owner: r.ownerId === null ? null : (names.get(r.ownerId) ?? null),
          protected: isProtected(r, now, policy),
          level: c.level,
          score: c.score,
          reasons: c.reasons.map((x) => x.zh),
        },
      ];
    }),
  };
}
