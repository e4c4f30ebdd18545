import { describe, expect, it } from 'vitest';
import { barChart } from '../../report/bar-chart.ts';

const long = '/srv/submissions/2026-11/very/deep/folder/of/the/month/provider-b.ndjson';

describe('the scorecard bar chart', () => {
  it('cuts a long file path at its start, so that the file name shows, and keeps it whole in the title', () => {
    const [bar] = barChart('c', 't', 'd', [{ label: long, share: 0.5, value: '50%', rating: 'poor', keep: 'end' }]).bars;
    expect(bar!.label.startsWith('…')).toBe(true);
    expect(bar!.label.endsWith('provider-b.ndjson')).toBe(true);
    expect(bar!.label.length).toBeLessThan(long.length);
    expect(bar!.title).toBe(long);
  });

  it('cuts any other long label at its end, and leaves a short one alone', () => {
    const chart = barChart('c', 't', 'd', [
      { label: `Visit: ${'x'.repeat(80)}`, share: 1.4, value: '100%', rating: 'good' },
      { label: 'ODS 8HK14', share: -1, value: '0%', rating: 'poor' },
    ]);
    expect(chart.bars[0]!.label.startsWith('Visit: ')).toBe(true);
    expect(chart.bars[0]!.label.endsWith('…')).toBe(true);
    expect(chart.bars[1]!.label).toBe('ODS 8HK14');
    // Shares outside 0..1 are drawn within the track.
    expect(chart.bars[0]!.width).toBe(chart.barWidth);
    expect(chart.bars[1]!.width).toBe(0);
  });
});
