import {promises as fs} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {type RawFile, readerOf} from '../../../src/data/computed/rawFiles';
import {SharedScans} from '../../../src/data/computed/sharedScans';
import {EmbeddedEngine} from '../../../src/data/sources/embedded';
import {lines, writeSite} from '../tempSite';

const LOGINS = lines('logged_in_at,hub_id,status', '2026-01-05T10:00:00,a,ok', '2026-01-20T23:59:59,b,ok', '2026-02-01T08:00:00,a,failed');

let siteDir: string;
let engine: EmbeddedEngine;

beforeEach(async () => {
  siteDir = await writeSite({'kpis/raw/logins.csv': LOGINS, 'kpis/raw/logins.parquet': ''});
  engine = new EmbeddedEngine({siteDir, registryDir: path.join(siteDir, 'kpis'), memoryLimit: '256MB'});
});
afterEach(() => engine.close());

const rawFile = (name: string): RawFile => {
  const real = path.join(siteDir, 'kpis/raw', name);
  return {real, shown: `kpis/raw/${name}`, extension: path.extname(name) as RawFile['extension'], fingerprint: '0'};
};
const countOk = (file: RawFile) => `SELECT count(*) AS n FROM ${readerOf(file)} WHERE status = 'ok'`;

describe('shared scans of raw files', () => {
  it('reads a text file that several metrics read once, into a table that gives the same rows', async () => {
    const logins = rawFile('logins.csv');
    const scans = new SharedScans(engine, [logins, logins], 10_000);
    const direct = await engine.query(countOk(logins), {timeoutMs: 10_000});
    const rewritten = await scans.rewrite(countOk(logins), logins);
    expect(rewritten).toBe("SELECT count(*) AS n FROM _kpi_scan_1 WHERE status = 'ok'");
    expect(await engine.query(rewritten, {timeoutMs: 10_000})).toEqual(direct);
    // The second metric reads the same table; the file is not copied again.
    await fs.rm(logins.real);
    expect(await engine.query(await scans.rewrite(countOk(logins), logins), {timeoutMs: 10_000})).toEqual(direct);
  });

  it('leaves a file read by one metric, and a Parquet file, to be read directly', async () => {
    const logins = rawFile('logins.csv');
    const parquet = rawFile('logins.parquet');
    const scans = new SharedScans(engine, [logins, parquet, parquet], 10_000);
    expect(await scans.rewrite(countOk(logins), logins)).toBe(countOk(logins));
    expect(await scans.rewrite(countOk(parquet), parquet)).toBe(countOk(parquet));
  });

  it('falls back to reading the file where it cannot be copied, so the metric reports what is wrong with it', async () => {
    // Gone since it was located: the copy fails, and so does the metric, with the engine's own message about the file.
    const broken = rawFile('gone.csv');
    const scans = new SharedScans(engine, [broken, broken], 10_000);
    expect(await scans.rewrite(countOk(broken), broken)).toBe(countOk(broken));
    await expect(engine.query(countOk(broken), {timeoutMs: 10_000})).rejects.toThrow(/gone\.csv/);
  });
});
