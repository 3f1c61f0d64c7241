export interface AuditEntryView {
  id: number;
  at: number;
  actorId: number | null;
  actorName: string;
  /** A stable code: queue.reorder, settings.policy, backup.restore … (docs/audit-log.md). */
  action: string;
  /** What it was done to: consultant:3, client:12, visit:40, day:2026-11-20 … */
  subject: string;
  details: Record<string, unknown>;
  hash: string;
}

export interface AuditPage {
  entries: AuditEntryView[];
  /** Pass as beforeId for the page after this one; null when this page reaches the first entry. */
  nextBeforeId: number | null;
  /** The whole chain checked as it is read: a broken chain shows on every page. */
  chain: { ok: true; entries: number } | { ok: false; entries: number; brokenAt: number; message: string };
}
