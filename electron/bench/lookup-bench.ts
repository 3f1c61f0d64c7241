import type { Database } from 'better-sqlite3';
import type { MethodResult } from '../api/contract';
import { sampleClients, type ClientSample } from '../../db/queries/bench-probes';
import type { MatchQuery } from '../domain/match/match-keys';
import type { Backend } from '../services/backend';
import { buildBaseline, type Baseline } from './baseline';
import { keystrokes, TYPING_KINDS, type TypingKind } from './keystrokes';
import { labelledProbes, PROBE_KINDS, type ProbeKind } from './probes';
import { Timings } from './stats';

export type Engine = 'frontDesk' | 'baseline';

export interface LookupFigures {
  typing: Record<Engine, Record<TypingKind, Timings>>;
  /** Probes whose true clients were all among the candidates, per engine and kind; `probes` how many were tried. */
  recall: Record<Engine, Record<ProbeKind, number>>;
  probes: Record<ProbeKind, number>;
  typedClients: number;
  baseline: { clients: number; buildMs: number; memoryMb: number };
}

type Lookup = (query: MatchQuery) => number[];

/** The real backend's answer to the check-in screen: the API call, validation and all. */
function frontDeskLookup(backend: Backend): Lookup {
  return (query) => {
    const answer = backend.dispatch('findCandidates', { name: query.name ?? null, phone: query.phone ?? null });
    if (answer instanceof Promise || !answer.ok) throw new Error(`findCandidates failed: ${JSON.stringify(answer)}`);
    return (answer.value as MethodResult<'findCandidates'>).map((c) => c.clientId);
  };
}

const perKind = <T>(make: () => T): Record<TypingKind, T> =>
  Object.fromEntries(TYPING_KINDS.map((k) => [k, make()])) as Record<TypingKind, T>;

function typeAll(lookup: Lookup, clients: readonly ClientSample[], timings?: Record<TypingKind, Timings>): void {
  for (const client of clients)
    for (const kind of TYPING_KINDS)
      for (const query of keystrokes(kind, client)) {
        if (timings) timings[kind].time(() => lookup(query));
        else lookup(query);
      }
}

/**
 * Types `count` clients keystroke by keystroke into both lookups, and asks both the labelled probes (`count` of
 * each kind). Each lookup first types a few clients unmeasured, so that lazy loading (the pinyin tables, SQLite's
 * page cache, the JIT) is not counted against the first keystroke.
 */
export function benchLookup(db: Database, backend: Backend, count: number, log: (line: string) => void): LookupFigures {
  const clients = sampleClients(db, count);
  const warmUp = sampleClients(db, Math.min(6, count * 2)).slice(-Math.min(3, count));
  const probes = labelledProbes(db, count);
  log(`building the fuse.js baseline over every client …`);
  const baseline: Baseline = buildBaseline(db);
  const lookups: Record<Engine, Lookup> = { frontDesk: frontDeskLookup(backend), baseline: baseline.search };

  const typing = {} as LookupFigures['typing'];
  const recall = {} as LookupFigures['recall'];
  for (const engine of ['frontDesk', 'baseline'] as const) {
    log(`typing ${clients.length} clients and asking ${probes.length} probes: ${engine} …`);
    typeAll(lookups[engine], warmUp);
    typing[engine] = perKind(() => new Timings());
    typeAll(lookups[engine], clients, typing[engine]);
    recall[engine] = Object.fromEntries(PROBE_KINDS.map((k) => [k, 0])) as Record<ProbeKind, number>;
    for (const probe of probes) {
      const found = new Set(lookups[engine](probe.query));
      if (probe.truth.every((id) => found.has(id))) recall[engine][probe.kind]++;
    }
  }
  const tried = Object.fromEntries(PROBE_KINDS.map((k) => [k, probes.filter((p) => p.kind === k).length]));
  return {
    typing,
    recall,
    probes: tried as Record<ProbeKind, number>,
    typedClients: clients.length,
    baseline: { clients: baseline.clients, buildMs: baseline.buildMs, memoryMb: baseline.memoryMb },
  };
}
