// The ten metric KPIs of the named-source bench, compiled by the plugin's own
// metric compiler (lib/) to the PostgreSQL dialect: date_trunc for the periods,
// generate_series for the zero fill, each point dated the last day of its period.
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const {compileMetric} = require('../lib/data/computed/metricSql.js');
const {postgresDialect} = require('../lib/data/computed/sqlDialect.js');

const METRICS = [
  {measure: 'count(*)', cadence: 'monthly'},
  {measure: 'count_distinct(hub_id)', cadence: 'monthly'},
  {measure: 'count_distinct(user_id)', cadence: 'weekly'},
  {measure: 'sum(duration_ms)', cadence: 'daily'},
  {measure: 'avg(duration_ms)', cadence: 'monthly'},
  {measure: 'min(duration_ms)', cadence: 'quarterly'},
  {measure: 'max(duration_ms)', cadence: 'yearly'},
  {measure: 'median(duration_ms)', cadence: 'monthly'},
  {measure: 'count(*)', cadence: 'weekly', where: "status = 'ok'"},
  {measure: 'count_distinct(hub_id)', cadence: 'quarterly', where: "status = 'failed'"},
];

const AS_OF = '2024-12-31';

/** The ten queries, on `table`, as a build sends them to a postgres source. */
export function metricSql(table) {
  return METRICS.map(({measure, cadence, where}) =>
    compileMetric(
      {from: table, time: 'logged_in_at', measure, ...(where && {where}), window: 1, cumulative: false, source: 'warehouse'},
      {from: table, cadence, asOf: AS_OF, dialect: postgresDialect},
    ),
  );
}
