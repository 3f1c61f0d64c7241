import type { Database } from 'better-sqlite3';
import { homophoneVisits, households, sampleClients } from '../../db/queries/bench-probes';
import type { MatchQuery } from '../domain/match/match-keys';

/**
 * Labelled probes: what a visitor says at the desk, and which client records are truly theirs — taken from the
 * generated office's own data (docs/seed.md). A probe is found when every true client is among the candidates
 * the lookup returns (at most MAX_CANDIDATES, as the screen shows them).
 */
export type ProbeKind = 'homophone' | 'formattedPhone' | 'last4Surname' | 'household';

export const PROBE_KINDS: readonly ProbeKind[] = ['homophone', 'formattedPhone', 'last4Surname', 'household'];

export const PROBE_LABELS: Record<ProbeKind, string> = {
  homophone: 'homophone name + last 4 (章伟 for 张伟)',
  formattedPhone: "formatted phone ('139 1234 5678', '+86 139-1234-5678')",
  last4Surname: 'last 4 digits + surname',
  household: 'shared phone → every household member',
};

export interface Probe {
  kind: ProbeKind;
  query: MatchQuery;
  truth: number[];
}

const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '司徒'];

function surname(name: string): string {
  return COMPOUND_SURNAMES.find((s) => name.startsWith(s)) ?? [...name][0] ?? '';
}

/** A mobile written the two ways visitors give it, alternately. */
function formatted(phone: string, i: number): string {
  if (!/^1\d{10}$/.test(phone)) return phone;
  const [a, b, c] = [phone.slice(0, 3), phone.slice(3, 7), phone.slice(7)];
  return i % 2 === 0 ? `${a} ${b} ${c}` : `+86 ${a}-${b}-${c}`;
}

export function labelledProbes(db: Database, perKind: number): Probe[] {
  const sample = sampleClients(db, perKind);
  return [
    ...homophoneVisits(db, perKind).map((h): Probe => ({
      kind: 'homophone',
      query: { name: h.typedName, phone: h.phone.slice(-4) },
      truth: [h.clientId],
    })),
    ...sample.map((c, i): Probe => ({
      kind: 'formattedPhone',
      query: { phone: formatted(c.phone, i) },
      truth: [c.clientId],
    })),
    ...sample.map((c): Probe => ({
      kind: 'last4Surname',
      query: { name: surname(c.name), phone: c.phone.slice(-4) },
      truth: [c.clientId],
    })),
    ...households(db, perKind).map((h): Probe => ({
      kind: 'household',
      query: { phone: h.phone },
      truth: h.clientIds,
    })),
  ];
}
