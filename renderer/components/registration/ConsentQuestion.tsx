import { useEffect, useId, useRef, useState } from 'react';
import type { ConsentNotice } from '../../../electron/api/consent-types';
import { api } from '../../api';
import { useT } from '../../i18n';
import { ChoiceGroup } from '../ChoiceGroup';
import { errorText } from '../../lib/errors';
import { useLocaleStore } from '../../stores/locale-store';
import type { Consent } from '../../lib/registration';

interface Props {
  value: Consent | null;
  onAnswer: (consent: Consent) => void;
  onEnter?: () => void;
  /** How often the step tried to move on without an answer: each time the answer is asked for again. */
  nudges?: number;
}

/**
 * 个人信息告知: the sentence the receptionist reads out (or points to) before taking a name and phone,
 * in the office's words (its name, how long it keeps registrations), and the visitor's answer.
 */
export function ConsentQuestion({ value, onAnswer, onEnter, nudges = 0 }: Props) {
  const t = useT();
  const lang = useLocaleStore((s) => s.lang);
  const [notice, setNotice] = useState<ConsentNotice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);
  const titleId = useId();
  const missing = nudges > 0 && value === null;

  useEffect(() => {
    if (nudges > 0) section.current?.querySelector<HTMLElement>('[role=radio]')?.focus();
  }, [nudges]);

  // 不同意 says what it means right under the answer: brought into view, clear of the step's sticky buttons.
  const anonymousNote = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (value === 'declined') anonymousNote.current?.scrollIntoView({ block: 'nearest' });
  }, [value]);

  useEffect(() => {
    let live = true;
    api
      .getConsentNotice({})
      .then((n) => live && setNotice(n))
      .catch((err: unknown) => live && setError(errorText(err)));
    return () => {
      live = false;
    };
  }, []);

  return (
    <section ref={section} className={`consent ${missing ? 'consent--missing' : ''}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="consent__title">
        {t('pipl.consent.title')}
      </h2>
      {notice ? (
        <blockquote className="consent__notice" lang="zh-CN">
          {notice.zh}
          {lang === 'en' && (
            <span className="consent__gloss" lang="en">
              {notice.en}
            </span>
          )}
        </blockquote>
      ) : (
        error && (
          <p className="error" role="alert">
            {t('pipl.consent.unavailable', { error })}
          </p>
        )
      )}
      <ChoiceGroup
        label={t('pipl.consent.question')}
        showLabel
        size="lg"
        choices={[
          { value: 'given' as const, label: t('pipl.consent.given') },
          { value: 'declined' as const, label: t('pipl.consent.declined') },
        ]}
        value={value}
        onChange={onAnswer}
        onEnter={onEnter}
      />
      {missing && (
        <p className="error" role="alert">
          {t('pipl.consent.required')}
        </p>
      )}
      {value === 'declined' && (
        <p ref={anonymousNote} className="notice consent__anonymous" role="note">
          {t('pipl.consent.anonymous')}
        </p>
      )}
    </section>
  );
}
