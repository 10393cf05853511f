import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import KpiStatus, {STATUS_LEVELS, statusLabel, statusTone} from '@theme/KpiStatus';
import type {StatusLevel} from '../../src/types';

const LABELS: Record<StatusLevel, string> = {
  achieved: 'Achieved',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'no-target': 'No target',
  'no-data': 'No data',
  stale: 'Stale',
};

function render(level: StatusLevel, props: {stale?: boolean; compact?: boolean} = {}): string {
  return renderToStaticMarkup(<KpiStatus status={{level, reasons: [], origin: 'computed'}} {...props} />);
}

/** The icon markup of a badge, without attributes shared by all icons. */
function icon(html: string): string {
  return /<svg[^>]*>(.*?)<\/svg>/.exec(html)![1]!;
}

describe('KpiStatus', () => {
  it('lists every level once, best first', () => {
    expect(STATUS_LEVELS).toEqual(['achieved', 'on-track', 'at-risk', 'off-track', 'no-target', 'no-data', 'stale']);
  });

  it.each(Object.entries(LABELS) as [StatusLevel, string][])('labels %s as "%s" in text', (level, label) => {
    const html = render(level);
    expect(statusLabel(level)).toBe(label);
    expect(html).toContain(`>${label}</span>`);
    expect(html).toContain(`data-status="${level}"`);
    // Screen readers hear what the badge is.
    expect(html).toContain('Status: </span>');
    // The icon is decoration next to the text, not announced.
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
  });

  it('gives every level its own icon shape, so colour is never the only cue', () => {
    const icons = STATUS_LEVELS.map((level) => icon(render(level)));
    expect(new Set(icons).size).toBe(STATUS_LEVELS.length);
  });

  it('groups levels into green, amber, red and grey', () => {
    expect(STATUS_LEVELS.map(statusTone)).toEqual(['success', 'success', 'warning', 'danger', 'neutral', 'neutral', 'neutral']);
  });

  it('adds a stale badge when the series is stale', () => {
    const html = render('on-track', {stale: true});
    expect(html).toContain('data-status="on-track"');
    expect(html).toContain('data-status="stale"');
    expect(html).toContain('>Stale</span>');
    // Only the first badge carries the "Status:" prefix.
    expect(html.match(/Status: /g)).toHaveLength(1);
  });

  it('does not repeat the stale badge when the level is stale', () => {
    const html = render('stale', {stale: true});
    expect(html.match(/data-status="stale"/g)).toHaveLength(1);
  });

  it('renders compact badges with the same text', () => {
    expect(render('at-risk', {compact: true})).toContain('>At risk</span>');
  });
});
