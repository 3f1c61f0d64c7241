import type { Database } from 'better-sqlite3';
import { prepared } from '../statements';
import { z } from 'zod';
import {
  DEFAULT_POLICY_CHOICE,
  DEFAULT_SPLIT_CHOICE,
  policyChoiceSchema,
  splitChoiceSchema,
} from '../../electron/domain/policy';
import { RETENTION_YEARS } from '../../electron/domain/privacy/retention';

/**
 * The office's settings, each validated on read so a hand-edited or older row can never feed the
 * rules a value they do not understand: an unreadable value falls back to the default.
 */
export const SETTINGS = {
  officeName: z.string().default(''),
  /** 楼盘 / 项目名称: printed under the office's name on the daily sheet and the rules page. */
  projectName: z.string().default(''),
  /** The daily registration sheet's page: A4 portrait, or landscape for the wide table. */
  sheetOrientation: z.enum(['portrait', 'landscape']).default('portrait'),
  timeZone: z.string().default('Asia/Shanghai'),
  policy: policyChoiceSchema.default(DEFAULT_POLICY_CHOICE),
  /** 分单: how a sale's credit is shared (its own presets, beside the policy). */
  splitPolicy: splitChoiceSchema.default(DEFAULT_SPLIT_CHOICE),
  standingOrder: z.array(z.number().int()).default([]),
  lunch: z.object({ from: z.number().int(), to: z.number().int() }).nullable().default({ from: 720, to: 810 }),
  lunchDuty: z.array(z.number().int()).default([]),
  /** Minutes without a touch before a signed-in screen returns the kiosk to the receptionist's view. */
  idleMinutes: z.int().min(1).max(30).default(2),
  /** How many daily (and manual) backups are kept in <dataDir>/backups; older ones are removed. */
  backupKeep: z.int().min(1).max(365).default(30),
  /** Serving to the office LAN (docs/lan.md): off until a supervisor turns it on; the port other devices use. */
  lanServing: z
    .object({ enabled: z.boolean(), port: z.int().min(1).max(65535) })
    .default({ enabled: false, port: 5781 }),
  /** 保存期限: years the registrations of clients who bought nothing are kept (electron/domain/privacy/retention.ts). */
  retentionYears: z.int().min(RETENTION_YEARS.min).max(RETENTION_YEARS.max).default(RETENTION_YEARS.default),
  /** The last retention purge: when, how many it erased that day, and whether the day's backlog is done. */
  lastRetentionPurge: z
    .object({ at: z.number(), erased: z.int(), done: z.boolean().default(true) })
    .nullable()
    .default(null),
  /** The last full integrity_check (nightly): when, and what SQLite answered. */
  lastIntegrityCheck: z
    .object({ at: z.number(), ok: z.boolean(), problems: z.array(z.string()) })
    .nullable()
    .default(null),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.output<(typeof SETTINGS)[K]>;

export function getSetting<K extends SettingKey>(db: Database, key: K): SettingValue<K> {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  const schema = SETTINGS[key];
  if (row) {
    try {
      const parsed = schema.safeParse(JSON.parse(row.value));
      if (parsed.success) return parsed.data as SettingValue<K>;
    } catch {
      // An unreadable row falls through to the default below.
    }
  }
  return schema.parse(undefined) as SettingValue<K>;
}

export function setSetting<K extends SettingKey>(db: Database, key: K, value: SettingValue<K>): void {
  prepared(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(SETTINGS[key].parse(value)));
}
