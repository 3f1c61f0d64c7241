import type { InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'className'> & {
  label: string;
  value: string;
  onChange: (value: string) => void;
};

/** A labelled text input, as every form at the desk has them. */
export function TextField({ label, value, onChange, ...input }: Props) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input {...input} className="input" value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

/** A 4–6 digit PIN: masked, the numeric keypad on a touch screen, digits only. */
export function PinField({ onChange, ...props }: Omit<Props, 'type' | 'inputMode' | 'maxLength' | 'autoComplete'>) {
  return (
    <TextField
      {...props}
      type="password"
      inputMode="numeric"
      autoComplete="new-password"
      maxLength={6}
      onChange={(v) => onChange(v.replace(/\D/g, ''))}
    />
  );
}
