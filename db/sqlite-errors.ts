/**
 * What the desk is told when the disk, not the user, is the problem. better-sqlite3 throws a
 * SqliteError whose `code` is SQLite's extended result code name (SQLITE_FULL, SQLITE_IOERR_WRITE…);
 * the primary code is the part before the second underscore. In every case the transaction was
 * rolled back: nothing of the failed action was saved, and everything saved before is intact.
 */
export type StorageProblem = 'disk_full' | 'read_only' | 'busy' | 'io' | 'damaged' | 'cant_open';

export interface StorageFailure {
  problem: StorageProblem;
  message: string;
}

const MESSAGES: Record<StorageProblem, string> = {
  disk_full: '磁盘空间已满,本次操作未保存(之前保存的登记都还在)。请清理磁盘空间后再点一次。',
  read_only: '数据文件夹变成了只读,本次操作未保存(之前保存的登记都还在)。请检查文件夹权限或磁盘后再点一次。',
  busy: '数据库正被另一个程序占用,本次操作未保存(之前保存的登记都还在)。请关闭其他打开数据库的程序后再点一次。',
  io: '读写数据库时磁盘出错,本次操作未保存。请检查磁盘后再点一次,若仍失败请联系管理员。',
  damaged: '数据库文件已损坏,本次操作未保存。请联系管理员从备份恢复(设置 › 备份)。',
  cant_open: '无法打开数据库文件,本次操作未保存。请检查数据文件夹是否还在、是否可写。',
};

/** The same faults met while opening the database at start: nothing has been written yet. */
const OPENING: Record<StorageProblem, string> = {
  disk_full: '磁盘空间已满,无法打开数据库。请清理磁盘空间后重新启动。',
  read_only: '数据文件夹是只读的,无法写入数据库。请检查文件夹权限后重新启动。',
  busy: '数据库正被另一个程序占用。请关闭另一个前台程序(或其他打开数据库的程序)后重新启动。',
  io: '读取数据库时磁盘出错。请检查磁盘后重新启动,若仍失败请联系管理员。',
  damaged: '数据库文件已损坏或不是前台的数据库。请联系管理员从备份恢复。',
  cant_open: '无法打开数据库文件。请检查数据文件夹是否存在、是否可写后重新启动。',
};

const PROBLEMS: Record<string, StorageProblem> = {
  SQLITE_FULL: 'disk_full',
  SQLITE_READONLY: 'read_only',
  SQLITE_BUSY: 'busy',
  SQLITE_LOCKED: 'busy',
  SQLITE_IOERR: 'io',
  SQLITE_CANTOPEN: 'cant_open',
  SQLITE_CORRUPT: 'damaged',
  SQLITE_NOTADB: 'damaged',
};

function primaryCode(err: unknown): string | null {
  if (!(err instanceof Error) || err.name !== 'SqliteError') return null;
  const code = (err as Error & { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  return code.split('_').slice(0, 2).join('_');
}

/** The desk's message for a storage fault, or null when the error is something else. */
export function storageFailure(err: unknown): StorageFailure | null {
  const code = primaryCode(err);
  const problem = code === null ? undefined : PROBLEMS[code];
  return problem ? { problem, message: MESSAGES[problem] } : null;
}

/** The message for a fault met while opening the database, or null when the error is something else. */
export function openingFailure(err: unknown): string | null {
  const code = primaryCode(err);
  const problem = code === null ? undefined : PROBLEMS[code];
  return problem ? OPENING[problem] : null;
}
