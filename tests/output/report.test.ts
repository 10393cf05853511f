import {describe, expect, it} from 'vitest';
import {CSV_COLUMNS, formatReport, reportToCsv, toMarkdown, toReport} from '../../src/output/report';
import {STATUS_LEVELS} from '../../src/shared/vocabulary';
import {computeSample, sampleRegistry} from '../support/registry';

const report = () => toReport(sampleRegistry(), computeSample(), '2026-11-20', 'https://handbook.example.org');

describe('the report as CSV', () => {
  it('has one header line of the documented columns and one line per KPI, CRLF ended', () => {
    const lines = reportToCsv(report()).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + 3 + 1);
    expect(lines.at(-1)).toBe('');
    expect(lines[1]!.split(',').slice(0, 10)).toEqual([
      '2026-11-20', 'product', 'Area product', 'users', 'KPI users', 'https://handbook.example.org/kpis/product/users', 'count', 'Lead', '50', '2026-10-31',
    ]); // prettier-ignore
  });

  it('writes raw numbers and empty fields for missing values', () => {
    const hires = reportToCsv(report()).split('\r\n')[3]!.split(',');
    expect(hires[CSV_COLUMNS.indexOf('value')]).toBe('');
    expect(hires[CSV_COLUMNS.indexOf('status')]).toBe('no-data');
    expect(hires[CSV_COLUMNS.indexOf('stale')]).toBe('false');
  });

  it('keeps a title that starts a formula from running in a spreadsheet', () => {
    const registry = sampleRegistry();
    registry.kpis[0]!.title = '=HYPERLINK("http://evil.example")';
    const csv = reportToCsv(toReport(registry, computeSample(registry), '2026-11-20'));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
  });
});

describe('the report as Markdown', () => {
  it('counts statuses in the vocabulary order, then gives a table per area', () => {
    const markdown = toMarkdown(report());
    const counts = /^3 KPIs: (.*)\.$/m.exec(markdown)![1]!;
    const order = counts.split(', ').map((part) => part.replace(/^\d+ /, '').replace(/ /g, '-'));
    expect(order).toEqual(STATUS_LEVELS.filter((level) => order.includes(level)));
    expect(markdown.indexOf('## Area product')).toBeLessThan(markdown.indexOf('## Area people'));
    expect(formatReport(report(), 'md')).toBe(markdown);
  });
});
