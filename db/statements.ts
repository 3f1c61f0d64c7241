import type { Database, Statement } from 'better-sqlite3';

/**
 * How many statements a connection keeps prepared. The queries' SQL is nearly all fixed text; the few built with a
 * variable number of placeholders add a handful each, and the oldest is let go beyond this.
 */
const KEPT_PER_CONNECTION = 512;

const kept = new WeakMap<Database, Map<string, Statement>>();

/**
 * The connection's prepared statement for `sql`, prepared on first use and kept. Preparing again on every call
 * cost a registration about a millisecond (some thirty statements each). Not for a statement that is iterated
 * (`.iterate()`): one still being iterated cannot run again, so those are prepared where they are used.
 */
export function prepared(db: Database, sql: string): Statement {
  let statements = kept.get(db);
  if (!statements) kept.set(db, (statements = new Map<string, Statement>()));
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    if (statements.size >= KEPT_PER_CONNECTION) statements.delete(statements.keys().next().value as string);
    statements.set(sql, statement);
  }
  return statement;
}
