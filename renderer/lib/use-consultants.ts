import { useCallback, useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ConsultantCard, ConsultantStatus } from '../../electron/api/types';
import { api } from '../api';
import { useBoardStore } from '../stores';
import { errorText } from './errors';

/** The active staff, fetched when a screen opens (people change rarely; the board carries today's state). */
export function useConsultants(): { people: ConsultantCard[] | null; error: string | null; reload: () => void } {
  const [people, setPeople] = useState<ConsultantCard[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    api
      .listConsultants({})
      .then((list) => live && (setPeople(list), setError(null)))
      .catch((err: unknown) => live && setError(errorText(err)));
    return () => {
      live = false;
    };
  }, [attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { people, error, reload };
}

/** Today's status of everyone on the roster, from the board (the one copy of today's state). */
export function useTodayStatuses(): ReadonlyMap<number, ConsultantStatus> {
  const queue = useBoardStore(useShallow((s) => s.board?.queue ?? []));
  const onLeave = useBoardStore(useShallow((s) => s.board?.onLeave ?? []));
  return useMemo(() => new Map([...queue, ...onLeave].map((m) => [m.id, m.status])), [queue, onLeave]);
}
