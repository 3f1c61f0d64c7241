import { useT } from '../../i18n';
import { checkInStore, useCheckInStore } from '../../stores';
import type { Step } from '../../stores/check-in-store';

const STEPS: Step[] = ['questions', 'register', 'decision', 'result'];

/** Where the check-in is; the steps before the decision can be gone back to. */
export function StepBar() {
  const t = useT();
  const step = useCheckInStore((s) => s.step);
  const at = STEPS.indexOf(step);
  return (
    <ol className="steps" aria-label={t('checkIn.steps.label')}>
      {STEPS.map((s, i) => {
        const label = `${i + 1} ${t(`checkIn.steps.${s}`)}`;
        const back = s === 'questions' || s === 'register' ? s : null;
        const canGo = back !== null && i < at && step !== 'result';
        return (
          <li
            key={s}
            className={`steps__step ${i < at ? 'steps__step--done' : ''}`}
            aria-current={s === step ? 'step' : undefined}
          >
            {canGo ? (
              <button
                type="button"
                className="btn btn--chip steps__back"
                onClick={() => checkInStore.getState().goTo(back)}
              >
                {label}
              </button>
            ) : (
              <span className="steps__label">{label}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
