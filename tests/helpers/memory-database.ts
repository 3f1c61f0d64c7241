import { afterEach } from 'vitest';
import { openDatabase, type Database } from '../../db/connection';

const open: Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

/** A new office's database in memory, migrated as the app opens it, closed after the test. */
export function memoryDatabase(): Database {
  const db = openDatabase(':memory:');
  open.push(db);
  return db;
}
