// The ten metric KPIs of the named-source bench, as Postgres SQL: each groups
// the rows into periods of its cadence with date_trunc, dates each point at the
// last day of its period, and fills periods without rows from generate_series
// (0 for count and sum measures).
const METRICS = [
  {measure: 'count(*)', cadence: 'month', zero: true},
  {measure: 'count(distinct hub_id)', cadence: 'month', zero: true},
  {measure: 'count(distinct user_id)', cadence: 'week', zero: true},
  {measure: 'sum(duration_ms)', cadence: 'day', zero: true},
  {measure: 'avg(duration_ms)', cadence: 'month', zero: false},
  {measure: 'min(duration_ms)', cadence: 'quarter', zero: false},
  {measure: 'max(duration_ms)', cadence: 'year', zero: false},
  {measure: 'percentile_cont(0.5) within group (order by duration_ms)', cadence: 'month', zero: false},
  {measure: 'count(*)', cadence: 'week', zero: true, where: "status = 'ok'"},
  {measure: 'count(distinct hub_id)', cadence: 'quarter', zero: true, where: "status = 'failed'"},
];

const AS_OF = '2024-12-31';
// Postgres has no `quarter` interval.
const STEPS = {day: '1 day', week: '1 week', month: '1 month', quarter: '3 months', year: '1 year'};

function metricQuery(table, {measure, cadence, zero, where}) {
  const step = `interval '${STEPS[cadence]}'`;
  const filter = `logged_in_at < date '${AS_OF}' + 1${where ? ` and (${where})` : ''}`;
  return `with grouped as (
  select date_trunc('${cadence}', logged_in_at) as period, ${measure} as value
  from ${table} where ${filter} group by 1
), periods as (
  select generate_series(min(period), max(period), ${step}) as period from grouped
)
select (periods.period + ${step} - interval '1 day')::date as date, ${zero ? 'coalesce(grouped.value, 0)' : 'grouped.value'} as value
from periods left join grouped using (period)
where periods.period + ${step} <= date '${AS_OF}' + 1${zero ? '' : ' and grouped.value is not null'}
order by 1`;
}

/** The ten queries, on `table`. */
export function metricSql(table) {
  return METRICS.map((metric) => metricQuery(table, metric));
}
