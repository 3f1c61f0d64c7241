import BetterSqlite3 from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Timings } from './stats';

/**
 * What one commit costs on this disk by itself: a one-row SQLite transaction with the app's settings (WAL,
 * synchronous=FULL: each commit waits for the disk to say the log is written), in a scratch file beside the
 * measured database. A registration can be no faster than this; on a shared virtual disk it is most of its p99.
 */
export function benchDiskCommit(dir: string, commits: number): Timings {
  const file = join(dir, 'disk-commit.sqlite');
  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE commits (n INTEGER NOT NULL) STRICT');
    const insert = db.prepare('INSERT INTO commits (n) VALUES (?)');
    const timings = new Timings();
    for (let n = 0; n < commits; n++) timings.time(() => insert.run(n));
    return timings;
  } finally {
    db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
}
