import { RadioGroup, type RadioGroupProps } from './RadioGroup';

type Props<V> = Omit<RadioGroupProps<V>, 'className' | 'optionClassName' | 'optionsClassName'> & {
  /** The group's class: the box around the question when there is one, else the row's own layout. */
  className?: string;
  /** Added to each option's `btn btn--toggle`: a screen's size or layout. */
  optionClassName?: string;
};

/** A row of toggle buttons, one of which is on: the supervisor screens' settings and switches. */
export function SegmentedChoice<V extends string | number | boolean>({
  className,
  optionClassName,
  ...group
}: Props<V>) {
  const row = 'segmented';
  return (
    <RadioGroup
      {...group}
      className={className ?? row}
      optionsClassName={row}
      optionClassName={optionClassName ? `btn btn--toggle ${optionClassName}` : 'btn btn--toggle'}
    />
  );
}
