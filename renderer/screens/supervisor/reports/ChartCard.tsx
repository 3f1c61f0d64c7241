import type { ReactNode } from 'react';

/** One chart with its title; a sentence instead of empty axes when there is nothing to draw. */
export function ChartCard(props: {
  id: string;
  title: string;
  hint?: string;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <figure className={`report-chart report-chart--${props.id}`} data-testid={`chart-${props.id}`}>
      <figcaption className="report-chart__title">
        {props.title}
        {props.hint && <span className="report-chart__hint">{props.hint}</span>}
      </figcaption>
      {props.empty === null ? props.children : <p className="report-chart__empty">{props.empty}</p>}
    </figure>
  );
}
