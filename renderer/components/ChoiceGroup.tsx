import { useId } from 'react';
import { RadioGroup, type Choice } from './RadioGroup';

interface Props<V> {
  label: string;
  choices: Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
  /** Enter on a choice: the step moves on, as Enter in a native radio group submits its form. */
  onEnter?: () => void;
  size?: 'md' | 'lg';
  /** Visible question above the buttons; otherwise the label names the group for screen readers only. */
  showLabel?: boolean;
}

/** Answers as large buttons with a tick on the chosen one (the check-in's questions). Nothing chosen = not asked. */
export function ChoiceGroup<V extends string | number | boolean>({
  label,
  size = 'md',
  showLabel = false,
  ...group
}: Props<V>) {
  const id = useId();
  return (
    <div className={`choice ${showLabel ? 'choice--labelled' : ''}`}>
      {showLabel && (
        <span className="choice__label" id={id}>
          {label}
        </span>
      )}
      <RadioGroup
        {...group}
        label={showLabel ? undefined : label}
        labelledBy={showLabel ? id : undefined}
        className={`choice__options choice__options--${size}`}
        optionClassName="btn choice__option"
      />
    </div>
  );
}
