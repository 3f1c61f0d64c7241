import { useT } from '../../../i18n';
import { rosterStore } from '../../../stores';

interface Props {
  on: boolean;
  from: string;
  to: string;
}

/**
 * The lunch window (午餐时段): while it runs only the lunch-duty consultants receive. Plain HH:MM
 * text, not <input type="time">, which shows 12-hour AM/PM on an English-language system.
 */
export function LunchFields({ on, from, to }: Props) {
  const t = useT();
  const { setLunchOn, setLunchTime } = rosterStore.getState();
  return (
    <fieldset className="lunch-fields">
      <legend className="field__label">{t('roster.lunch')}</legend>
      <label className="check">
        <input type="checkbox" checked={on} onChange={(e) => setLunchOn(e.target.checked)} />
        {t('roster.lunchOn')}
      </label>
      <label className="field field--inline">
        <span className="field__label">{t('roster.lunchFrom')}</span>
        <input
          className="input input--time"
          value={from}
          inputMode="numeric"
          maxLength={5}
          pattern="([01][0-9]|2[0-3]):[0-5][0-9]"
          placeholder="12:00"
          disabled={!on}
          required
          onChange={(e) => setLunchTime('from', e.target.value)}
        />
      </label>
      <label className="field field--inline">
        <span className="field__label">{t('roster.lunchTo')}</span>
        <input
          className="input input--time"
          value={to}
          inputMode="numeric"
          maxLength={5}
          pattern="([01][0-9]|2[0-3]):[0-5][0-9]"
          placeholder="13:30"
          disabled={!on}
          required
          onChange={(e) => setLunchTime('to', e.target.value)}
        />
      </label>
    </fieldset>
  );
}
