import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Stepper } from '../../components/Stepper';
import { useConsultants, useTodayStatuses } from '../../lib/use-consultants';
import { checkInStore, useCheckInStore } from '../../stores';
import type { Contact, Directed } from '../../stores/check-in-store';
import { ConsentQuestion } from '../../components/registration/ConsentQuestion';
import { ConsultantQuestion } from './ConsultantQuestion';
import { ReferralQuestion } from './ReferralQuestion';

const CONTROLS = 'button, input, textarea, select, a, [role=radio]';

/** 首问责任制: party size and the first questions, each a row of large answers. Unanswered = not asked. */
export function QuestionsStep() {
  const t = useT();
  const partySize = useCheckInStore((s) => s.partySize);
  const a = useCheckInStore((s) => s.answers);
  const { people } = useConsultants();
  const statuses = useTodayStatuses();
  const consent = useCheckInStore((s) => s.registration.consent);
  /** Tries to move on without the visitor's answer: each one points at the notice again. */
  const [consentNudges, setConsentNudges] = useState(0);
  const { answer, setPartySize, setConsent } = checkInStore.getState();
  // The visitor's answer to the notice is required: it decides what may be registered.
  const next = useCallback(() => {
    if (checkInStore.getState().registration.consent === null) setConsentNudges((n) => n + 1);
    else checkInStore.getState().goTo('register');
  }, []);
  // The visitor asks for or names a consultant of the floor: supervisors only when they are on the roster.
  const staff = (people ?? []).filter((p) => p.role === 'consultant' || statuses.has(p.id));

  // Enter moves on from anywhere but a control (the screen opens with the focus on its title).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || document.querySelector('dialog[open]')) return;
      if (e.target instanceof Element && e.target.closest(CONTROLS)) return;
      e.preventDefault();
      next();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [next]);

  return (
    <form
      className="questions"
      onSubmit={(e) => {
        e.preventDefault();
        next();
      }}
    >
      <div className="choice choice--labelled">
        <span className="choice__label">{t('checkIn.partySize')}</span>
        <Stepper label={t('checkIn.partySize')} value={partySize} min={1} max={50} onChange={setPartySize} />
      </div>
      <ChoiceGroup
        label={t('checkIn.q.beenBefore')}
        showLabel
        size="lg"
        choices={[
          { value: false, label: t('checkIn.a.firstTime') },
          { value: true, label: t('checkIn.a.beenBefore') },
        ]}
        value={a.beenBefore}
        onChange={(beenBefore) => answer({ beenBefore })}
        onEnter={next}
      />
      <ConsultantQuestion<Contact>
        label={t('checkIn.q.contact')}
        choices={[
          { value: 'none', label: t('checkIn.a.noContact') },
          {
            value: 'remembered',
            label: t('checkIn.a.remembered'),
            pick: {
              title: t('checkIn.pick.remembered'),
              chosenLabel: (name) => t('checkIn.chosen.remembered', { name }),
            },
          },
          { value: 'forgot', label: t('checkIn.a.forgot') },
          {
            value: 'sms',
            label: t('checkIn.a.sms'),
            pick: { title: t('checkIn.pick.sms'), chosenLabel: (name) => t('checkIn.chosen.sms', { name }) },
          },
        ]}
        value={a.contact}
        consultantId={a.contactWith}
        people={staff}
        statuses={statuses}
        onAnswer={(contact, contactWith) => answer({ contact, contactWith })}
        onEnter={next}
      />
      <ChoiceGroup
        label={t('checkIn.q.familyVisited')}
        showLabel
        size="lg"
        choices={[
          { value: false, label: t('checkIn.a.noFamily') },
          { value: true, label: t('checkIn.a.familyVisited') },
        ]}
        value={a.familyVisited}
        onChange={(familyVisited) => answer({ familyVisited })}
        onEnter={next}
      />
      <ReferralQuestion onEnter={next} />
      <ConsultantQuestion<Directed>
        label={t('checkIn.q.directed')}
        choices={[
          { value: 'none', label: t('checkIn.a.notDirected') },
          {
            value: 'appointment',
            label: t('checkIn.a.appointment'),
            pick: {
              title: t('checkIn.pick.appointment'),
              chosenLabel: (name) => t('checkIn.chosen.appointment', { name }),
            },
          },
          {
            value: 'asked',
            label: t('checkIn.a.asked'),
            pick: { title: t('checkIn.pick.asked'), chosenLabel: (name) => t('checkIn.chosen.asked', { name }) },
          },
        ]}
        value={a.directed}
        consultantId={a.directedTo}
        people={staff}
        statuses={statuses}
        onAnswer={(directed, directedTo) => answer({ directed, directedTo })}
        onEnter={next}
      />
      <ConsentQuestion value={consent} onAnswer={setConsent} onEnter={next} nudges={consentNudges} />
      <div className="form__actions form__actions--sticky">
        <span className="form__hint">{t('checkIn.enterHint')}</span>
        <button type="submit" className="btn btn--primary btn--xl">
          {t('checkIn.next')}
        </button>
      </div>
    </form>
  );
}
