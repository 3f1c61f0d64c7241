import { readFileSync } from 'node:fs';
import { replayText } from '../../electron/cli/replay';

/** The replay of one scenario file in tests/scenarios, as the CLI prints it: one JSON text per line. */
export function replayScenario(file: string): string[] {
  const text = readFileSync(new URL(`../scenarios/${file}`, import.meta.url), 'utf8');
  return replayText(text).map((line) => JSON.stringify(line));
}

/** A decision line as the CLI prints it (the field order is part of the contract). */
export function decision(
  id: string,
  receivedBy: string | null,
  owner: string | null,
  flags: { turnConsumed?: boolean; standIn?: boolean; waiting?: boolean },
  reasons: string[],
): string {
  return JSON.stringify({
    id,
    receivedBy,
    owner,
    turnConsumed: flags.turnConsumed ?? false,
    standIn: flags.standIn ?? false,
    waiting: flags.waiting ?? false,
    returning: false,
    reasons,
  });
}

export const queueLine = (...names: string[]): string => JSON.stringify({ queue: names });
