/**
 * What every report chart shares: large type for reading at a distance, and no animation — a chart
 * that grows on each refresh draws the eye for nothing (and makes screenshots depend on timing).
 */
export const TICK = { fontSize: 20, fill: 'var(--ink)' } as const;
export const LABEL = { fontSize: 20, fontWeight: 700, fill: 'var(--ink)' } as const;
export const LEGEND = { fontSize: 20 } as const;
export const CHART_HEIGHT = 360;

/** The series' colours (reports.css): distinct in hue and in lightness, for a projector or a grey printout. */
export const SERIES = {
  received: 'var(--chart-1)',
  owned: 'var(--chart-2)',
  broughtBack: 'var(--chart-3)',
  followUps: 'var(--chart-4)',
  new: 'var(--chart-1)',
  returning: 'var(--chart-3)',
} as const;

export const PALETTE = [
  'var(--chart-1)',
  'var(--chart-2)',
  'var(--chart-3)',
  'var(--chart-4)',
  'var(--chart-5)',
  'var(--chart-6)',
  'var(--chart-7)',
  'var(--chart-8)',
] as const;
