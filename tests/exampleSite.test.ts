import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadRegistry} from '../src/data/loadRegistry';
import {DEFAULT_OPTIONS} from '../src/options';
import {TARGET_SERIES, generateExampleRawData, targetPoints} from '../scripts/example-raw-data.mjs';

const siteDir = join(__dirname, '../example-site');
const config = readFileSync(join(siteDir, 'docusaurus.config.js'), 'utf8');
const asOf = /asOf: '(\d{4}-\d{2}-\d{2})'/.exec(config)![1]!;

/** The example handbook's raw data and the KPIs computed from it. */
describe('the example handbook', () => {
  it('commits the raw files its script writes, byte for byte', () => {
    for (const [name, text] of Object.entries(generateExampleRawData())) {
      expect(readFileSync(join(siteDir, 'kpis/raw', name), 'utf8'), name).toBe(text);
    }
  });

  it('computes from them the series the script aims at, with the real engine', async () => {
    const {maxDataFileBytes, maxRawFileBytes, queryTimeout, engineMemoryLimit} = DEFAULT_OPTIONS;
    const registry = await loadRegistry({
      siteDir,
      path: 'kpis',
      maxDataFileBytes,
      computed: {asOf, maxRawFileBytes, queryTimeout, engineMemoryLimit},
    });
    const ids = Object.keys(TARGET_SERIES) as (keyof typeof TARGET_SERIES)[];
    expect(Object.keys(registry.computations ?? {}).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(registry.series[id], id).toEqual(targetPoints(id));
      expect(registry.computations![id]!.files, id).toHaveLength(1);
    }
    expect(registry.computations!['renewal-rate']!.kind).toBe('query');
  });
});
