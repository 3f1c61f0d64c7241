import { createStore, type StoreApi } from 'zustand';
import type { Api } from '../../electron/api/contract';
import type { Roster } from '../../electron/api/types';
import { errorText, hasCode } from '../lib/errors';
import type { SessionState } from './session-store';

/** On duty (in the rotation, ordered), off (休假), or not working today. */
export type RosterGroup = 'duty' | 'off' | 'absent';

export interface RosterDraft {
  order: number[];
  off: number[];
  lunchDuty: number[];
  lunchOn: boolean;
  lunch: { from: string; to: string };
  saveAsStanding: boolean;
}

export interface RosterState {
  roster: Roster | null;
  draft: RosterDraft | null;
  loadError: string | null;
  saveError: string | null;
  /** Set when a save was refused because someone else changed the queue, and the roster was reloaded. */
  reloadedAfterStale: boolean;
  saving: boolean;
  load: () => Promise<void>;
  moveTo: (id: number, index: number) => void;
  setGroup: (id: number, group: RosterGroup) => void;
  toggleLunchDuty: (id: number) => void;
  setLunchOn: (on: boolean) => void;
  setLunchTime: (part: 'from' | 'to', value: string) => void;
  setSaveAsStanding: (on: boolean) => void;
  save: () => Promise<boolean>;
}

const DEFAULT_LUNCH = { from: '12:00', to: '13:30' };

function draftOf(r: Roster): RosterDraft {
  return {
    order: [...r.order],
    off: [...r.off],
    lunchDuty: [...r.lunchDuty],
    lunchOn: r.lunch !== null,
    lunch: r.lunch ?? DEFAULT_LUNCH,
    saveAsStanding: false,
  };
}

const without = (ids: number[], id: number) => ids.filter((x) => x !== id);

/** Today's roster as the supervisor edits it: the server's copy plus the unsaved draft. */
export function createRosterStore(api: Api, session: StoreApi<SessionState>): StoreApi<RosterState> {
  const authorized = <T>(call: (token: string) => Promise<T>) => session.getState().authorized(call);

  return createStore<RosterState>()((set, get) => {
    const edit = (change: (d: RosterDraft) => Partial<RosterDraft>) => {
      const d = get().draft;
      if (d) set({ draft: { ...d, ...change(d) }, saveError: null });
    };
    return {
      roster: null,
      draft: null,
      loadError: null,
      saveError: null,
      reloadedAfterStale: false,
      saving: false,
      load: async () => {
        try {
          const roster = await authorized((token) => api.getRoster({ token }));
          set({ roster, draft: draftOf(roster), loadError: null, saveError: null, reloadedAfterStale: false });
        } catch (err) {
          set({ loadError: errorText(err) });
        }
      },
      moveTo: (id, index) =>
        edit((d) => {
          const order = without(d.order, id);
          order.splice(Math.max(0, Math.min(index, order.length)), 0, id);
          return { order };
        }),
      setGroup: (id, group) =>
        edit((d) => ({
          order: group === 'duty' ? (d.order.includes(id) ? d.order : [...d.order, id]) : without(d.order, id),
          off: group === 'off' ? (d.off.includes(id) ? d.off : [...d.off, id]) : without(d.off, id),
          // Lunch duty only makes sense for someone on duty (the backend refuses it otherwise).
          lunchDuty: group === 'duty' ? d.lunchDuty : without(d.lunchDuty, id),
        })),
      toggleLunchDuty: (id) =>
        edit((d) => ({ lunchDuty: d.lunchDuty.includes(id) ? without(d.lunchDuty, id) : [...d.lunchDuty, id] })),
      setLunchOn: (lunchOn) => edit(() => ({ lunchOn })),
      setLunchTime: (part, value) => edit((d) => ({ lunch: { ...d.lunch, [part]: value } })),
      setSaveAsStanding: (saveAsStanding) => edit(() => ({ saveAsStanding })),
      save: async () => {
        const { roster, draft } = get();
        if (!roster || !draft) return false;
        set({ saving: true, saveError: null, reloadedAfterStale: false });
        try {
          const saved = await authorized((token) =>
            api.setRoster({
              token,
              order: draft.order,
              off: draft.off,
              lunchDuty: draft.lunchDuty,
              lunch: draft.lunchOn ? draft.lunch : null,
              saveAsStanding: draft.saveAsStanding,
              basedOn: roster.stamp,
            }),
          );
          set({ roster: saved, draft: draftOf(saved) });
          return true;
        } catch (err) {
          if (!hasCode(err, 'stale')) {
            set({ saveError: errorText(err) });
            return false;
          }
          // Someone else moved the queue meanwhile: saving this draft would undo their change unseen.
          await get().load();
          set({ reloadedAfterStale: true, saveError: errorText(err) });
          return false;
        } finally {
          set({ saving: false });
        }
      },
    };
  });
}
