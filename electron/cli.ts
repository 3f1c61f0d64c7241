import { readFileSync } from 'node:fs';
import { ReplayFileError } from './cli/replay-file';
import { replayText } from './cli/replay';

const USAGE = `用法 / usage: npm run cli -- <command>

  replay FILE.json   回放一天的事件,逐条输出接待决定,最后输出队列
                     replay one day's events; one JSON line per decision, then the final queue`;

function main(argv: string[]): number {
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

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  if (err instanceof ReplayFileError) {
    console.error(err.message);
    process.exitCode = 1;
  } else throw err;
}
