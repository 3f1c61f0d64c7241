import type { Preset } from '../../../../electron/api/types';
import { useT } from '../../../i18n';
import { useLocaleStore } from '../../../stores/locale-store';
import type { PresetId } from '../../../lib/policy';

interface Props {
  presets: Preset[];
  chosen: PresetId;
  onChoose: (id: PresetId) => void;
}

/** The presets, each named by what it does and described in the reader's language. */
export function PresetCards({ presets, chosen, onChoose }: Props) {
  const t = useT();
  const en = useLocaleStore((s) => s.lang === 'en');
  return (
    <div className="presets" role="radiogroup" aria-label={t('policy.presets')}>
      {presets.map((p) => (
        <button
          key={p.id}
          type="button"
          role="radio"
          aria-checked={chosen === p.id}
          className="preset-card"
          onClick={() => onChoose(p.id)}
        >
          <span className="preset-card__name">{en ? p.en : p.zh}</span>
          <span className="preset-card__desc">{en ? p.descriptionEn : p.descriptionZh}</span>
        </button>
      ))}
    </div>
  );
}
