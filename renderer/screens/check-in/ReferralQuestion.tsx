import { useState } from 'react';
import { useT } from '../../i18n';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { checkInStore, useCheckInStore } from '../../stores';
import type { Referrer } from '../../stores/check-in-store';
import { ReferrerPicker } from './ReferrerPicker';

/** 谁介绍来的 · 介绍人是否同行: a referral the referrer came along to counts for the referrer's consultant. */
export function ReferralQuestion({ onEnter }: { onEnter: () => void }) {
  const t = useT();
  const referred = useCheckInStore((s) => s.answers.referred);
  const referrer = useCheckInStore((s) => s.answers.referrer);
  const accompanied = useCheckInStore((s) => s.answers.accompanied);
  const [picking, setPicking] = useState(false);
  const answer = checkInStore.getState().answer;

  const describe = (r: Referrer) =>
    r.kind === 'client'
      ? r.client.owner
        ? t('checkIn.referrer.client', { name: r.client.name, owner: r.client.owner.name })
        : r.client.name
      : t('checkIn.referrer.typed', { text: [r.name, r.phone].filter(Boolean).join(' ') });

  return (
    <>
      <ChoiceGroup
        label={t('checkIn.q.referred')}
        showLabel
        size="lg"
        choices={[
          { value: false, label: t('checkIn.a.notReferred') },
          { value: true, label: referred && referrer ? describe(referrer) : t('checkIn.a.referred') },
        ]}
        value={referred}
        onChange={(yes) => (yes ? setPicking(true) : answer({ referred: false, referrer: null, accompanied: null }))}
        onEnter={onEnter}
      />
      {referred && referrer && (
        <ChoiceGroup
          label={t('checkIn.q.accompanied')}
          showLabel
          size="lg"
          choices={[
            { value: true, label: t('checkIn.a.accompanied') },
            { value: false, label: t('checkIn.a.notAccompanied') },
          ]}
          value={accompanied}
          onChange={(v) => answer({ accompanied: v })}
          onEnter={onEnter}
        />
      )}
      {picking && (
        <ReferrerPicker
          onPick={(r) => {
            answer({ referred: true, referrer: r });
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      )}
    </>
  );
}
