import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface Choice<V> {
  value: V;
  label: ReactNode;
  /** Accessible name when the label is not plain text. */
  name?: string;
}

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

/**
 * Answers as large buttons in one radio group: Tab enters and leaves the group, arrow keys move
 * between the answers, Space or a tap chooses, Enter moves on. Nothing chosen = not asked.
 */
export function ChoiceGroup<V extends string | number | boolean>({
  label,
  choices,
  value,
  onChange,
  onEnter,
  size = 'md',
  showLabel = false,
}: Props<V>) {
  const id = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.max(
    0,
    choices.findIndex((c) => c.value === value),
  );

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (step !== undefined) {
      e.preventDefault();
      refs.current[(index + step + choices.length) % choices.length]?.focus();
    } else if (e.key === 'Enter' && onEnter) {
      e.preventDefault();
      onEnter();
    }
  };

  return (
    <div className={`choice ${showLabel ? 'choice--labelled' : ''}`}>
      {showLabel && (
        <span className="choice__label" id={id}>
          {label}
        </span>
      )}
      <div
        className={`choice__options choice__options--${size}`}
        role="radiogroup"
        aria-label={showLabel ? undefined : label}
        aria-labelledby={showLabel ? id : undefined}
      >
        {choices.map((c, i) => (
          <button
            key={String(c.value)}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="radio"
            aria-checked={c.value === value}
            aria-label={c.name}
            tabIndex={i === current ? 0 : -1}
            className="btn choice__option"
            onClick={() => onChange(c.value)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {c.label}
          </button>
        ))}
      </div>
    </div>
  );
}
