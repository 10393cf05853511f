import {Joi} from '@docusaurus/utils-validation';
import {CUSTOM_ERROR} from '../schema';

/**
 * One performance indicator in a `gitlab` import file, as far as the import
 * reads it. Other fields are allowed (they are reported as dropped), and empty
 * values are allowed everywhere, as such files have them.
 */
export interface GitlabIndicator {
  name: string;
  org: string;
  base_path?: string | null;
  definition?: string | null;
  target?: string | number | null;
  is_key?: boolean | null;
  public?: boolean | null;
  health?: {level?: HealthLevel | null; reasons?: (string | null)[] | null} | null;
  parent?: string | null;
  urls?: (string | null)[] | null;
  sisense_data?: unknown;
}

/** The source's health levels, from unknown (0) to okay (3). */
export type HealthLevel = 0 | 1 | 2 | 3;

/** The words a health level may be written as instead of its number. */
const HEALTH_WORDS: Record<string, HealthLevel> = {unknown: 0, problem: 1, attention: 2, okay: 3};
const HEALTH_EXPECTED = '0 (unknown), 1 (problem), 2 (attention) or 3 (okay)';

const text = (description: string) => Joi.string().allow('', null).description(description);

const healthLevel = Joi.any()
  .custom((value: unknown, helpers) => {
    if (value === null || value === undefined) return value;
    if (value === 0 || value === 1 || value === 2 || value === 3) return value;
    if (typeof value === 'string' && value.toLowerCase() in HEALTH_WORDS) return HEALTH_WORDS[value.toLowerCase()];
    const shown = typeof value === 'string' ? `"${value}"` : String(value);
    return helpers.error(CUSTOM_ERROR, {
      message: `unknown health level ${shown}`,
      expected: HEALTH_EXPECTED,
      hint: typeof value === 'string' && /^\d$/.test(value) ? `remove the quotes: ${value}` : undefined,
    });
  })
  .messages({[CUSTOM_ERROR]: '{#message}'})
  .description(HEALTH_EXPECTED);

export const GitlabIndicatorSchema = Joi.object({
  name: Joi.string().required().description('the indicator\'s name, like "Merge request rate"'),
  org: Joi.string().required().description('the organisation it belongs to, like "Engineering" (it becomes an area)'),
  base_path: text('the handbook page it is on, like /handbook/engineering/performance-indicators/'),
  definition: text('the definition, as HTML or Markdown text'),
  target: Joi.alternatives(Joi.string().allow(''), Joi.number())
    .allow(null)
    .description('the target, as text like "Above 90%" or a number'),
  is_key: Joi.boolean().allow(null).description('true or false'),
  public: Joi.boolean().allow(null).description('true or false'),
  health: Joi.object({
    level: healthLevel,
    reasons: Joi.array().items(text('a reason, as HTML or Markdown text')).allow(null).description('a list of reasons, as text'),
  })
    .unknown(true)
    .allow(null)
    .description('a health like { level: 2, reasons: [Hiring is behind plan] }'),
  parent: text('the link to the parent indicator, like /handbook/company/kpis/#net-arr'),
  urls: Joi.array().items(text('a link, like https://example.org/dashboard')).allow(null).description('a list of links'),
  sisense_data: Joi.any(),
})
  .unknown(true)
  .description('a performance indicator: a mapping with at least name and org');

/** The fields the import reads; any other field of an indicator is reported as dropped. */
export const GITLAB_FIELDS = Object.keys(GitlabIndicatorSchema.describe().keys as Record<string, unknown>);
