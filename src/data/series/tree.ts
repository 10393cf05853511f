import {Joi} from '@docusaurus/utils-validation';
import type {Problem} from '../../shared/errors';
import {DATE_EXPECTED} from '../dates';
import {validateWithSchema, type Locator} from '../joiProblems';
import {toSeriesPoints, type RawPoint} from './points';
import type {SeriesParseResult, ValueKind} from './types';

const SHAPE_EXPECTED = 'a list of points like { date: 2026-01, value: 12, note: optional text }';

/** Dates and values are checked afterwards, the same way for every source. */
const PointShape = Joi.object({
  date: Joi.any().required().description(DATE_EXPECTED),
  value: Joi.any().required().description('the measured value'),
  note: Joi.string().description('a note, as text'),
}).description('a point like { date: 2026-01, value: 12 }');

/** Points of a JSON or YAML series, already parsed into plain data. */
export function pointsFromTree(data: unknown, locator: Locator, valueKind: ValueKind): SeriesParseResult {
  const {file} = locator;
  if (!Array.isArray(data)) {
    const where = locator.positionOf([]);
    return {points: [], problems: [{file, ...where, message: 'the series is not a list of points', expected: SHAPE_EXPECTED}]};
  }
  const problems: Problem[] = [];
  const raws: RawPoint[] = [];
  data.forEach((item: unknown, index) => {
    const checked = validateWithSchema<{date: unknown; value: unknown; note?: string}>(PointShape, item, locator, [index]);
    if (checked.problems.length > 0) {
      problems.push(...checked.problems);
      return;
    }
    const point = locator.positionOf([index]);
    raws.push({
      label: point ? `line ${point.line}` : `item ${index + 1}`,
      at: {point, date: locator.positionOf([index, 'date']), value: locator.positionOf([index, 'value'])},
      ...checked.value,
      valueIsText: false,
    });
  });
  const result = toSeriesPoints(raws, file, valueKind);
  return {points: result.points, problems: [...problems, ...result.problems]};
}
