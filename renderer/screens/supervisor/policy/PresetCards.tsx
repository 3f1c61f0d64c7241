import type { Preset } from '../../../../electron/api/types';
import { RadioGroup } from '../../../components/RadioGroup';
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
    <RadioGroup
      label={t('policy.presets')}
      className="presets"
      optionClassName="preset-card"
      choices={presets.map((p) => ({
        value: p.id,
        label: (
          <>
            <span className="preset-card__name">{en ? p.en : p.zh}</span>
            <span className="preset-card__desc">{en ? p.descriptionEn : p.descriptionZh}</span>
          </>
        ),
      }))}
      value={chosen}
      onChange={onChoose}
    />
  );
}
