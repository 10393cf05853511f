// The example handbook's raw data: a hub login log, an issues export and a
// contracts list, made deterministically (a seeded generator, no clock) so
// that the KPIs computed from them give the series in TARGET_SERIES.
// `node scripts/example-raw-data.mjs [folder]` writes them (default:
// example-site/kpis/raw); the tests check that the committed files are what
// this script writes and that the handbook computes the target series.
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

/** Month ends from October 2024 to October 2026, the months each computed KPI has a point for. */
const SERIES_MONTHS = monthEnds('2024-10', 25);

/** What each computed KPI of the example shows, month by month. */
export const TARGET_SERIES = {
  'communities-served': [42, 43, 45, 47, 48, 48, 49, 51, 51, 50, 51, 52, 53, 54, 54, 54, 56, 57, 57, 57, 58, 59, 60, 60, 61],
  'delivery-time': [78, 68, 65, 67, 56, 52, 51, 52, 51, 42, 42, 35, 35, 35, 30, 30, 28, 20, 26, 22, 23, 18, 18, 16, 15],
  'renewal-rate': [
    75.1, 75.7, 75.1, 76, 76.3, 76.7, 79.5, 78.9, 78.4, 77.7, 74.8, 75.9, 77.2, 79.6, 79.3, 81.3, 79.7, 80.7, 83.2, 83.3, 82.2, 84.7, 83.4,
    83.7, 85.2,
  ],
};

/** The day the exports were taken: the month it falls in is incomplete, and its rows are left out of the points. */
const EXPORTED_ON = '2026-11-19';

export function targetPoints(id) {
  return SERIES_MONTHS.map((date, index) => ({date, value: TARGET_SERIES[id][index]}));
}

/** The files, by name, as text. */
export function generateExampleRawData() {
  return {
    'logins.csv': loginsCsv(),
    'issues.json': issuesJson(),
    'contracts.csv': contractsCsv(),
  };
}

// mulberry32: a small seeded generator, so every run writes the same bytes.
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function monthEnds(first, count) {
  const [year, month] = first.split('-').map(Number);
  return Array.from({length: count}, (_, index) => new Date(Date.UTC(year, month - 1 + index + 1, 0)).toISOString().slice(0, 10));
}

/** `YYYY-MM-DD` of day `day` of the month `offset` months after `first`. */
function dayOf(first, offset, day) {
  const [year, month] = first.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 + offset, day)).toISOString().slice(0, 10);
}

/** Fisher–Yates, driven by the seeded generator. */
function shuffled(items, random) {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other], items[index]];
  }
  return items;
}

const pad = (number, width) => String(number).padStart(width, '0');
const time = (random) =>
  `${pad(7 + Math.floor(random() * 12), 2)}:${pad(Math.floor(random() * 60), 2)}:${pad(Math.floor(random() * 60), 2)}`;

/**
 * Communities served: distinct communities with a login in the six months up
 * to each month end. Months run from May 2024 (index 0; the first point, in
 * October, needs five months before it) to November 2026 (incomplete). A
 * community logs in every month from the one it joins to the one it leaves.
 * With `joined(m)` communities joined by month m and `left(k)` gone after
 * month k, the point of month m is joined(m) - left(m - 6).
 */
function communityLifetimes() {
  const firstPoint = 5;
  const leftAfter = {3: 1, 8: 1, 16: 1, 21: 2};
  const left = (month) => Object.entries(leftAfter).reduce((sum, [after, count]) => sum + (Number(after) <= month ? count : 0), 0);
  const joined = [30, 33, 36, 39, 40];
  TARGET_SERIES['communities-served'].forEach((value, index) => joined.push(value + left(firstPoint + index - 6)));
  joined.push(joined.at(-1) + 1);
  const lifetimes = [];
  joined.forEach((count, month) => {
    while (lifetimes.length < count) lifetimes.push({joined: month, left: Infinity});
    if (month > 0 && count < joined[month - 1]) throw new Error(`communities-served: month ${month} needs fewer communities than before`);
  });
  for (const [after, count] of Object.entries(leftAfter)) {
    const leaving = lifetimes.filter((community) => community.left === Infinity && community.joined <= Number(after)).slice(0, count);
    for (const community of leaving) community.left = Number(after);
  }
  return lifetimes;
}

function loginsCsv() {
  const random = seededRandom(20261120);
  const rows = [];
  communityLifetimes().forEach((community, index) => {
    const id = `community-${pad(index + 1, 3)}`;
    const hubs = [`${id}-hub-a`, ...(random() < 0.3 ? [`${id}-hub-b`] : [])];
    for (let month = community.joined; month <= Math.min(community.left, 30); month++) {
      const lastDay = month === 30 ? Number(EXPORTED_ON.slice(8)) : 28;
      const logins = 1 + Math.floor(random() * 3);
      for (let login = 0; login < logins; login++) {
        const at = `${dayOf('2024-05', month, 1 + Math.floor(random() * lastDay))} ${time(random)}`;
        // The first login of a month succeeds: a community that only failed to log in was not served.
        const status = login > 0 && random() < 0.15 ? 'failed' : 'ok';
        rows.push([at, hubs[Math.floor(random() * hubs.length)], id, `user-${pad(Math.floor(random() * 900) + 100, 3)}`, status]);
      }
    }
  });
  rows.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
  return `logged_in_at,hub_id,community_id,user_id,status\n${rows.map((row) => row.join(',')).join('\n')}\n`;
}

/**
 * Delivery time: per month, five items closed whose median is the month's
 * value, and one that waited on a community's decision (left out by the
 * metric's `where`), taking much longer.
 */
function issuesJson() {
  const random = seededRandom(4242);
  const issues = [];
  const spreads = [-4, -2, 0, 3, 6];
  TARGET_SERIES['delivery-time'].forEach((days, month) => {
    const items = [...spreads.map((spread) => ({days: days + spread, waiting: false})), {days: days * 3, waiting: true}];
    for (const item of items) {
      const closed = dayOf('2024-10', month, 2 + Math.floor(random() * 26));
      const started = new Date(Date.parse(closed) - item.days * 86_400_000).toISOString().slice(0, 10);
      issues.push({
        number: 0,
        title: `${random() < 0.5 ? 'Slice of' : 'Small feature:'} ${['hub sizing', 'login page', 'storage quota', 'GPU image', 'usage report'][Math.floor(random() * 5)]}`,
        started_at: `${started}T${time(random)}`,
        closed_at: `${closed}T${time(random)}`,
        waiting_on_community: item.waiting,
      });
    }
  });
  issues.sort((a, b) => a.closed_at.localeCompare(b.closed_at));
  issues.forEach((issue, index) => (issue.number = 1000 + index));
  return `${JSON.stringify(issues, null, 2)}\n`;
}

/**
 * Renewal rate: the share of contracts due for renewal in the six months up
 * to each month end that were renewed, to one decimal. Each six months hold
 * 1,000 contracts due (166 or 167 a month), so a rate of 75.1 % is 751
 * renewals. Renewals of month m are those of month m - 6 plus the change of
 * the six-month total, so each month of a six-month cycle starts from a
 * count chosen to keep every month between 0 and the contracts due.
 */
const dueIn = (month) => (month % 3 === 0 ? 166 : 167);

function renewalsPerMonth() {
  const totals = TARGET_SERIES['renewal-rate'].map((rate) => Math.round(rate * 10));
  const months = totals.length + 5;
  // The renewals of each month, less those of the first month of its cycle.
  const offsets = Array.from({length: months}, () => 0);
  for (let month = 6; month < months; month++) offsets[month] = offsets[month - 6] + totals[month - 5] - totals[month - 6];
  const ranges = Array.from({length: 6}, (_, cycle) => {
    const own = offsets.flatMap((offset, month) => (month % 6 === cycle ? [{offset, due: dueIn(month)}] : []));
    return {low: Math.max(...own.map(({offset}) => -offset)), high: Math.min(...own.map(({offset, due}) => due - offset))};
  });
  // The first five months are free; the sixth completes the first six-month total.
  const firstFive = ranges.slice(0, 5);
  let remaining = Math.min(
    firstFive.reduce((sum, {high}) => sum + high, 0),
    totals[0] - ranges[5].low,
  );
  const starts = firstFive.map(({low}) => low);
  remaining -= starts.reduce((sum, start) => sum + start, 0);
  firstFive.forEach(({high}, cycle) => {
    const added = Math.min(high - starts[cycle], Math.max(remaining, 0));
    starts[cycle] += added;
    remaining -= added;
  });
  starts.push(totals[0] - starts.reduce((sum, start) => sum + start, 0));
  if (starts.some((start, cycle) => start < ranges[cycle].low || start > ranges[cycle].high)) {
    throw new Error('renewal-rate: the target series cannot be reached with 1,000 contracts due per six months');
  }
  return offsets.map((offset, month) => starts[month % 6] + offset);
}

function contractsCsv() {
  const random = seededRandom(777);
  const renewedIn = renewalsPerMonth();
  const rows = [];
  renewedIn.forEach((renewedCount, month) => {
    for (const renewed of shuffled(
      Array.from({length: dueIn(month)}, (_, index) => index < renewedCount),
      random,
    )) {
      const community = `community-${pad(1 + Math.floor(random() * 70), 3)}`;
      rows.push([dayOf('2024-05', month, 1 + Math.floor(random() * 28)), community, renewed]);
    }
  });
  rows.sort((a, b) => a[0].localeCompare(b[0]));
  const lines = rows.map(([dueOn, community, renewed], index) => `C-${pad(index + 1, 5)},${community},${dueOn},${renewed}`);
  return `contract_id,community_id,renewal_due,renewed\n${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../example-site/kpis/raw');
  mkdirSync(folder, {recursive: true});
  for (const [name, text] of Object.entries(generateExampleRawData())) {
    writeFileSync(join(folder, name), text);
    console.log(`wrote ${join(folder, name)} (${text.length} bytes)`);
  }
}
