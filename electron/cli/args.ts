/** `--name value` and `--flag` options after positional arguments; unknown options are an error. */
export function parseArgs(
  argv: string[],
  known: readonly string[],
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
    if (!known.includes(key)) throw new Error(`未知选项 --${key}`);
    const next = argv[i + 1];
    if (inline !== undefined) options.set(key, inline);
    else if (next !== undefined && !next.startsWith('--')) {
      options.set(key, next);
      i++;
    } else options.set(key, true);
  }
  return { positional, options };
}
