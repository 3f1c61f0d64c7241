import { readFileSync } from 'node:fs';
import { replayText } from '../../electron/cli/replay';

/** The replay of one scenario file in tests/scenarios, as the CLI prints it: one JSON text per line. */
export function replayScenario(file: string): string[] {
  const text = readFileSync(new URL(`../scenarios/${file}`, import.meta.url), 'utf8');
  return replayText(text).map((line) => JSON.stringify(line));
}

/** What check-in says first of a visitor with no record and no one named: the rotation's receiver owns (首接). */
export const NEW_CLIENT = '按新客户接待:轮排接待的顾问首接并归属';

/**
 * A decision line as the CLI prints it (the field order is part of the contract). `lead` is what
 * the check-in decided about ownership before the rotation's reasons; a new visitor's by default.
 */
export function decision(
  id: string,
  receivedBy: string | null,
  owner: string | null,
  flags: {
    turnConsumed?: boolean;
    standIn?: boolean;
    waiting?: boolean;
    returning?: boolean;
    matchedClient?: string | null;
    lead?: string[];
  },
  reasons: string[],
): string {
  return JSON.stringify({
    id,
    receivedBy,
    owner,
    turnConsumed: flags.turnConsumed ?? false,
    standIn: flags.standIn ?? false,
    waiting: flags.waiting ?? false,
    returning: flags.returning ?? false,
    matchedClient: flags.matchedClient ?? null,
    reasons: [...(flags.lead ?? [NEW_CLIENT]), ...reasons],
  });
}

export const queueLine = (...names: string[]): string => JSON.stringify({ queue: names });
