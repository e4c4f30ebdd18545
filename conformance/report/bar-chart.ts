import type { Rating } from './rating.ts';

/**
 * A horizontal bar chart laid out in numbers, for the template to draw as inline SVG: no script, nothing fetched,
 * so the scorecard opens offline and prints. Every coordinate is worked out here; the template only writes them
 * (escaped, as all its output is).
 */
export interface Bar {
  /** The label as drawn (shortened to fit the label column; `title` has it whole). */
  readonly label: string;
  readonly title: string;
  /** The value as text, drawn after the bar's track. */
  readonly value: string;
  readonly rating: Rating;
  readonly y: number;
  readonly textY: number;
  readonly width: number;
  readonly valueX: number;
}

export interface BarChart {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly width: number;
  readonly height: number;
  readonly barX: number;
  readonly barWidth: number;
  readonly barHeight: number;
  readonly axisY: number;
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  readonly bars: readonly Bar[];
}

export interface BarInput {
  readonly label: string;
  /** A share from 0 to 1. */
  readonly share: number;
  readonly value: string;
  readonly rating: Rating;
  /** Which end of a long label to keep: its start (the default), or its end, where a file path says which file. */
  readonly keep?: 'start' | 'end';
}

const labelWidth = 340;
const barArea = 420;
const row = 24;
const barHeight = 16;
const top = 8;
const maxLabel = 48;

export function barChart(id: string, title: string, description: string, inputs: readonly BarInput[]): BarChart {
  const bars = inputs.map((b, i): Bar => {
    const y = top + i * row;
    const width = Math.round(Math.max(0, Math.min(1, b.share)) * barArea * 10) / 10;
    return {
      label: b.label.length <= maxLabel ? b.label : b.keep === 'end' ? `…${b.label.slice(b.label.length - maxLabel + 1)}` : `${b.label.slice(0, maxLabel - 1)}…`,
      title: b.label,
      value: b.value,
      rating: b.rating,
      y,
      textY: y + barHeight - 3,
      width,
      valueX: labelWidth + barArea + 6,
    };
  });
  const axisY = top + inputs.length * row + 4;
  return {
    id,
    title,
    description,
    width: labelWidth + barArea + 90,
    height: axisY + 22,
    barX: labelWidth,
    barWidth: barArea,
    barHeight,
    axisY,
    ticks: [0, 0.25, 0.5, 0.75, 1].map((t) => ({ x: labelWidth + t * barArea, label: `${t * 100}%` })),
    bars,
  };
}
