import { useEffect, useMemo } from 'react';
import { useT } from '../../../i18n';
import { rosterStore, toastStore, useRosterStore } from '../../../stores';
import { DutyList } from './DutyList';
import { LunchFields } from './LunchFields';
import { OtherList } from './OtherList';

/** 今日排班: who is on duty and in what order, who is off, lunch duty and the lunch window. */
export function RosterEditor() {
  const t = useT();
  const roster = useRosterStore((s) => s.roster);
  const draft = useRosterStore((s) => s.draft);
  const loadError = useRosterStore((s) => s.loadError);
  const saveError = useRosterStore((s) => s.saveError);
  const reloaded = useRosterStore((s) => s.reloadedAfterStale);
  const saving = useRosterStore((s) => s.saving);

  useEffect(() => {
    void rosterStore.getState().load();
  }, []);

  const people = useMemo(() => new Map((roster?.consultants ?? []).map((c) => [c.id, c])), [roster]);

  if (!roster || !draft) {
    return (
      <p className={loadError ? 'error' : ''} role={loadError ? 'alert' : undefined}>
        {loadError ?? t('app.loading')}
      </p>
    );
  }
  const off = draft.off.flatMap((id) => people.get(id) ?? []);
  const absent = roster.consultants.filter((c) => !draft.order.includes(c.id) && !draft.off.includes(c.id));

  const save = async () => {
    if (await rosterStore.getState().save()) toastStore.getState().show(t('roster.saved'));
  };

  return (
    <form className="roster" onSubmit={(e) => (e.preventDefault(), void save())}>
      <section className="roster-group roster-group--duty" aria-labelledby="duty-title">
        <h3 id="duty-title" className="roster-group__title">
          {t('roster.duty')} <span className="panel__count">{draft.order.length}</span>
        </h3>
        <p className="roster-group__hint">{t('roster.dutyHint')}</p>
        {draft.order.length === 0 ? (
          <p className="panel__empty">{t('roster.nobody')}</p>
        ) : (
          <DutyList order={draft.order} lunchDuty={draft.lunchDuty} people={people} />
        )}
      </section>
      <div className="roster__side">
        <OtherList title={t('roster.off')} group="off" people={off} />
        <OtherList title={t('roster.absent')} group="absent" people={absent} />
        <LunchFields on={draft.lunchOn} from={draft.lunch.from} to={draft.lunch.to} />
      </div>
      <div className="action-bar">
        {reloaded && (
          <p className="notice" role="status">
            {t('roster.reloaded')}
          </p>
        )}
        {saveError && (
          <p className="error" role="alert">
            {saveError}
          </p>
        )}
        <div className="action-bar__row">
          <label className="check">
            <input
              type="checkbox"
              checked={draft.saveAsStanding}
              onChange={(e) => rosterStore.getState().setSaveAsStanding(e.target.checked)}
            />
            {t('roster.saveAsStanding')}
          </label>
          <button type="button" className="btn btn--secondary" onClick={() => void rosterStore.getState().load()}>
            {t('roster.discard')}
          </button>
          <button type="submit" className="btn btn--primary btn--xl" disabled={saving}>
            {t('roster.save')}
          </button>
        </div>
      </div>
    </form>
  );
}
