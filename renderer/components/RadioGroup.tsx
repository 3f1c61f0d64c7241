import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface Choice<V> {
  value: V;
  label: ReactNode;
  /** Accessible name when the label is not plain text. */
  name?: string;
}

export interface RadioGroupProps<V> {
  /** The group's accessible name; or `labelledBy`, the id of a visible question. */
  label?: string;
  labelledBy?: string;
  choices: Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
  /** Enter on a choice: the step moves on, as Enter in a native radio group submits its form. */
  onEnter?: () => void;
  /** Each screen keeps its own look: the group's and each option's classes. */
  className: string;
  optionClassName: string;
  /** Inside the group above the answers (a question with its marks); the answers then sit in their own row. */
  question?: ReactNode;
  optionsClassName?: string;
}

/**
 * The keyboard of a native radio group, for answers drawn as buttons: Tab enters and leaves the
 * group (one stop, on the chosen answer or else the first), arrow keys move between the answers,
 * Space or a tap chooses.
 */
export function RadioGroup<V extends string | number | boolean>({
  label,
  labelledBy,
  choices,
  value,
  onChange,
  onEnter,
  className,
  optionClassName,
  question,
  optionsClassName,
}: RadioGroupProps<V>) {
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

  const options = choices.map((c, i) => (
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
      className={optionClassName}
      onClick={() => onChange(c.value)}
      onKeyDown={(e) => onKeyDown(e, i)}
    >
      {c.label}
    </button>
  ));

  return (
    <div className={className} role="radiogroup" aria-label={label} aria-labelledby={labelledBy}>
      {question === undefined ? (
        options
      ) : (
        <>
          {question}
          <div className={optionsClassName}>{options}</div>
        </>
      )}
    </div>
  );
}
