import path from 'node:path';
import type {RuleSetRule} from 'webpack';

/**
 * The plugin's data modules (`createData`) are read whole, as a page's props.
 * In a production build webpack analyses a JSON module's exports to any depth,
 * so that unused properties can be left out: for data modules that is one
 * record per property of every KPI, point and report row, which no page lets
 * it leave out, and most of the memory the data modules cost. One level of
 * exports is enough to import the object whole.
 */
export function dataModulesRule(dataDir: string): RuleSetRule {
  return {
    test: /\.json$/,
    include: [path.resolve(dataDir) + path.sep],
    type: 'json',
    parser: {exportsDepth: 1},
  };
}
