import { CliInputError } from './input-error';

/**
 * Positional arguments, `--name value` options and `--flag` switches, in any order. Unknown options
 * and options without their value are errors: a typo must not silently change what a command does.
 */
export function parseArgs(
  argv: string[],
  spec: { values?: readonly string[]; flags?: readonly string[] },
): { positional: string[]; options: Map<string, string | true> } {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (spec.flags?.includes(key)) {
      if (inline !== undefined) throw new CliInputError(`选项 --${key} 不带值`);
      options.set(key, true);
    } else if (spec.values?.includes(key)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new CliInputError(`选项 --${key} 需要一个值`);
      options.set(key, value);
    } else throw new CliInputError(`未知选项 --${key}`);
  }
  return { positional, options };
}
