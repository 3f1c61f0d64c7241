import { readFileSync } from 'node:fs';
import { auditCommand } from './cli/audit-command';
import { backupCommand, restoreCommand } from './cli/backup-command';
import { importCommand, matchCommand } from './cli/commands';
import { CliInputError } from './cli/input-error';
import { replayText } from './cli/replay';
import { seedCommand } from './cli/seed-command';
import { sheetCommand } from './cli/sheet-command';

const USAGE = `用法 / usage: npm run cli -- <command>

  replay FILE.json               回放一天的事件,逐条输出接待决定,最后输出队列
                                 replay one day's events; one JSON line per decision, then the final queue
  import FILE [--db PATH] [--skip-bad]
                                 导入来访登记台账(CSV 或 XLSX)/ import a registration ledger (CSV or XLSX)
  match [--db PATH] [--now ISO]  从标准输入逐行读取 {"id","name","phone"},输出可能的老客户
                                 JSON lines on stdin → probable returning clients, one JSON line each
  sheet --db PATH --date YYYY-MM-DD --out FILE.pdf [--landscape]
                                 打印某日的来访客户登记表(PDF)/ print a day's registration sheet to PDF
  sheet --db PATH --month YYYY-MM --out FILE.pdf [--landscape]
                                 一个月的登记表合为一个 PDF(存档)/ a month's sheets as one PDF for the archive
  backup --db PATH [--out FILE]  备份数据库(程序运行时也可以)/ back up the database, also while the app runs
  restore --db PATH --from FILE  从备份恢复(先关闭程序;原数据库另存在 backups/)
                                 restore a backup (close the app first; the current database is kept aside)
  audit verify --db PATH         校验审计日志的哈希链 / check the audit log's hash chain (exit 1 at the first broken entry)
  audit list --db PATH [--limit N]
                                 最近的审计日志条目 / the newest audit log entries, one JSON line each
  seed --db PATH --years N --visits-per-day N --consultants N [--seed S] [--end YYYY-MM-DD]
                                 生成多年的模拟案场数据(新文件)/ generate years of a realistic office into a new file`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'replay': {
      const file = rest[0];
      if (!file || rest.length > 1) {
        console.error('用法:npm run cli -- replay FILE.json');
        return 2;
      }
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        console.error(`无法读取文件:${file}`);
        return 2;
      }
      for (const line of replayText(text)) console.log(JSON.stringify(line));
      return 0;
    }
    case 'import':
      return importCommand(rest);
    case 'match':
      return matchCommand(rest);
    case 'sheet':
      return sheetCommand(rest);
    case 'backup':
      return backupCommand(rest);
    case 'restore':
      return restoreCommand(rest);
    case 'audit':
      return auditCommand(rest);
    case 'seed':
      return seedCommand(rest);
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      console.error(`未知命令:${command}\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A problem with the input is the user's to fix: say it plainly. Anything else is a bug: show it all.
    if (err instanceof CliInputError) {
      console.error(err.message);
      process.exitCode = 1;
    } else throw err;
  },
);
