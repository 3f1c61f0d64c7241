import { useId, useState } from 'react';
import { useT } from '../../../i18n';
import { Avatar } from '../../../components/Avatar';
import { resizePhoto } from '../../../lib/photo';

interface Props {
  name: string;
  photo: string | null;
  onChange: (photo: string | null) => void;
}

/** A staff photo, shrunk in the browser to avatar size before it is ever sent. */
export function PhotoInput({ name, photo, onChange }: Props) {
  const t = useT();
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    try {
      onChange(await resizePhoto(file));
      setError(null);
    } catch {
      setError(t('staff.photoUnreadable'));
    }
  };

  return (
    <div className="field photo-input">
      <span className="field__label">{t('staff.photo')}</span>
      <div className="photo-input__row">
        <Avatar person={{ name: name || '?', initials: (name || '?').slice(-2), photo }} size="lg" />
        <label htmlFor={inputId} className="btn btn--secondary photo-input__pick">
          {t('staff.choosePhoto')}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          onChange={(e) => void pick(e.target.files?.[0])}
        />
        {photo && (
          <button type="button" className="btn btn--secondary" onClick={() => onChange(null)}>
            {t('staff.removePhoto')}
          </button>
        )}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
