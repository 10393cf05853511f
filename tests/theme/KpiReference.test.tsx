import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import KpiReference from '@theme/KpiReference';
import {toKpiReferenceData} from '../../src/compute/cardData';
import {deliveryTime, newKpi, unknownKpi} from '../support/sampleCards';

const reference = toKpiReferenceData(deliveryTime);

describe('KpiReference', () => {
  it('shows the title, linked to the KPI page', () => {
    expect(renderToStaticMarkup(<KpiReference data={reference} show="title" />)).toMatch(
      /^<a href="\/kpis\/product-and-services\/delivery-time"[^>]* title="Average delivery time">Average delivery time<\/a>$/,
    );
  });

  it.each([
    ['value', '9 days'],
    ['change', '−2 days'],
    ['target', '10 days by Jan 31, 2027'],
    ['status', 'Achieved'],
  ] as const)('shows=%s: %s', (show, text) => {
    expect(renderToStaticMarkup(<KpiReference data={reference} show={show} />)).toContain(`>${text}</a>`);
  });

  it('says what is missing for a KPI without data or target', () => {
    const empty = toKpiReferenceData(newKpi);
    expect(renderToStaticMarkup(<KpiReference data={empty} show="value" />)).toContain('>no data yet</a>');
    expect(renderToStaticMarkup(<KpiReference data={toKpiReferenceData({...newKpi, formatted: {}})} show="target" />)).toContain(
      '>no target</a>',
    );
  });

  it('shows the id of an unknown KPI, not linked', () => {
    const html = renderToStaticMarkup(<KpiReference data={toKpiReferenceData(unknownKpi)} show="title" />);
    expect(html).toMatch(/^<span[^>]*>delivery-tme<\/span>$/);
  });

  it('renders the same from the card data as from the reference data', () => {
    for (const show of ['title', 'value', 'change', 'target', 'status'] as const) {
      expect(renderToStaticMarkup(<KpiReference data={deliveryTime} show={show} />)).toBe(
        renderToStaticMarkup(<KpiReference data={reference} show={show} />),
      );
    }
  });
});
