import {Joi} from '@docusaurus/utils-validation';
import {CADENCES, DIRECTIONS, STATUS_LEVELS, TAGS} from '../shared/vocabulary';
import {DATE_EXPECTED, normalizeDate} from './dates';
import {UNIT_EXPECTED, checkUnit} from './units';

/**
 * The structure of `areas.yml` and of area files. Each field's description is
 * what an error message offers as "expected", so it is written for authors.
 */

/** Ids become URL segments and file names, so they are kept to a safe, stable alphabet. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Error code of the checks below that Joi has no rule for; its context carries the whole message. */
export const CUSTOM_ERROR = 'kpi.invalid';

const id = Joi.string().pattern(ID_PATTERN).description('an id of lowercase letters, digits and hyphens, like delivery-time');

const date = Joi.any()
  .custom((value, helpers) => {
    const checked = normalizeDate(value);
    if ('problem' in checked) return helpers.error(CUSTOM_ERROR, {message: checked.problem, expected: DATE_EXPECTED});
    return checked.date;
  })
  .messages({[CUSTOM_ERROR]: '{#message}'})
  .description(DATE_EXPECTED);

const unit = Joi.string()
  .custom((value: string, helpers) => {
    const problem = checkUnit(value);
    return problem ? helpers.error(CUSTOM_ERROR, {...problem}) : value;
  })
  .messages({[CUSTOM_ERROR]: '{#message}'})
  .default('count')
  .description(UNIT_EXPECTED);

const text = (description: string) => Joi.string().description(description);

const target = Joi.object({
  value: Joi.number().required().description('the number to reach, like 14'),
  by: date.required(),
  label: text('a short label, like "baseline"'),
}).description('a target like { value: 14, by: 2026-12-31 }');

const manualStatus = Joi.object({
  level: Joi.string()
    .valid(...STATUS_LEVELS)
    .required(),
  reasons: Joi.array().items(text('a reason, as text')).default([]).description('a list of reasons, as text'),
}).description('a status like { level: at-risk, reasons: [Supplier is late] }');

const metric = Joi.object({
  from: text('a raw file relative to the KPI folder, like raw/logins.csv (or a table of the named source)').required(),
  time: text('the column that dates each row, like logged_in_at').required(),
  measure: text(
    'count(*), count(col), count_distinct(col), sum(col), avg(col), min(col), max(col), median(col) or an SQL aggregate',
  ).required(),
  where: text("an SQL condition on the rows, like status = 'ok'"),
  window: Joi.number().integer().min(1).default(1).description('a whole number of periods, like 3'),
  cumulative: Joi.boolean().default(false).description('true or false'),
  source: id.description('the name of a source in the `sources` option'),
}).description('a metric like { from: raw/logins.csv, time: logged_in_at, measure: count_distinct(hub_id) }');

const query = Joi.object({
  sql: text('a SELECT returning date and value (and note) columns').required(),
  source: id.description('the name of a source in the `sources` option'),
}).description('a query like { sql: select month_end as date, renewed as value from raw/renewals.csv }');

export const KpiSchema = Joi.object({
  id: id.required(),
  title: text('a title, like "Average delivery time"').required(),
  definition: text('the definition, as Markdown text'),
  footnotes: Joi.object()
    .pattern(Joi.string(), text('the footnote, as Markdown text'))
    .default({})
    .description('footnotes by name, like board: Read from the project board.'),
  unit,
  direction: Joi.string()
    .valid(...DIRECTIONS)
    .default('up'),
  tags: Joi.array()
    .items(Joi.string().valid(...TAGS))
    .unique()
    .default([])
    .description(`a list of tags from ${TAGS.join(', ')}, like [quantitative, lagging]`),
  cadence: Joi.string()
    .valid(...CADENCES)
    .default('monthly'),
  owner: text('the owner, like "Product lead"'),
  targets: Joi.array().items(target).default([]).description('a list of targets like { value: 14, by: 2026-12-31 }'),
  data: text('a series file relative to the KPI folder, like data/delivery-time.csv'),
  metric,
  query,
  parent: id,
  status: manualStatus,
  confidential: Joi.boolean().description('true or false: true leaves the values out of the published site'),
})
  .oxor('data', 'metric', 'query')
  .description('a KPI: a mapping with at least id and title');

/** An area file before its KPIs, which are checked one by one so one broken KPI does not hide the others. */
export const AreaFileSchema = Joi.object({
  area: id.required(),
  kpis: Joi.array().required().description('a list of KPIs, each starting with "- id: ..."'),
}).description('a mapping with `area:` and `kpis:`');

export const AreasSchema = Joi.array()
  .items(
    Joi.object({
      id: id.required(),
      title: text('a title, like "Product and Services"').required(),
      description: text('a description, as text'),
      owner: text('the owner, like "Product lead"'),
    }).description('an area: a mapping with at least id and title'),
  )
  .min(1)
  .description('a list of areas, each starting with "- id: ..."');
