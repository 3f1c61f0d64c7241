import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';

export type FollowUpChannel = 'phone' | 'wechat' | 'sms' | 'visit';

export interface FollowUpRow {
  id: number;
  clientId: number;
  consultantId: number;
  at: number;
  channel: FollowUpChannel;
  content: string;
  reaction: string | null;
}

export function insertFollowUp(db: Database, f: Omit<FollowUpRow, 'id'> & { createdAt: number }): number {
  const info = prepared(
    db,
    `INSERT INTO follow_ups (client_id, consultant_id, at, channel, content, reaction, created_at)
       VALUES (@clientId, @consultantId, @at, @channel, @content, @reaction, @createdAt)`,
  ).run(f);
  return Number(info.lastInsertRowid);
}

export function listFollowUps(db: Database, clientId: number): FollowUpRow[] {
  return prepared(
    db,
    `SELECT id, client_id AS clientId, consultant_id AS consultantId, at, channel, content, reaction
       FROM follow_ups WHERE client_id = ? ORDER BY at DESC, id DESC`,
  ).all(clientId) as FollowUpRow[];
}
