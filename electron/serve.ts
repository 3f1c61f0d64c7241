import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { openDatabase } from '../db/connection';
import { parseArgs } from './cli/args';
import { defaultDbPath } from './data-location';
import { createChromiumPrinter } from './print/chromium-printer';
import { createBackend } from './services/backend';
import { startHttpServer } from './transport/http-server';

/** `npm run serve -- [--port 5780] [--db PATH]`: the kiosk's app for any browser on this machine. */
async function main(): Promise<void> {
  const { options } = parseArgs(process.argv.slice(2), { values: ['port', 'db'] });
  const portText = options.get('port');
  const port = portText === undefined ? 5780 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口无效:${String(portText)}`);
  const dbOption = options.get('db');
  const dbPath = typeof dbOption === 'string' ? resolve(dbOption) : defaultDbPath();
  mkdirSync(dirname(dbPath), { recursive: true });

  const db = openDatabase(dbPath);
  const pdf = createChromiumPrinter();
  const backend = createBackend(db, undefined, { pdf });
  const { server, url } = await startHttpServer({
    dispatch: backend.dispatch,
    bus: backend.deps.bus,
    downloads: backend.deps.downloads,
    staticDir: join(__dirname, '..', 'renderer'),
    host: '127.0.0.1',
    port,
  });
  console.log(`Front Desk 已启动:${url}  (数据库 ${dbPath})`);
  const stop = () => {
    server.close();
    server.closeAllConnections();
    db.close();
    void pdf.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`无法启动:${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
