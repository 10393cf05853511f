// Completes `tsc`'s output: the theme's CSS modules go next to the compiled
// components, and an ES module entry re-exports the CommonJS build so that
// both `require` and `import` of the package give the plugin as default export.
import {cpSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';

function copyCss(from, to, dir = from) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) copyCss(from, to, path);
    else if (name.endsWith('.css')) cpSync(path, join(to, relative(from, path)));
  }
}
copyCss('src/theme', 'lib/theme');

writeFileSync(
  'lib/index.mjs',
  `import plugin from './index.js';

export default plugin.default;
export const {remarkKpi, validateOptions, getSwizzleConfig} = plugin;
`,
);
