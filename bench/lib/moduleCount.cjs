// Bench-only Docusaurus plugin: counts the modules of the client and server
// webpack compilations and writes them to <siteDir>/.bench-modules.json, so the
// bench can compare a site with KPIs against its matched baseline.
const {existsSync, readFileSync, writeFileSync} = require('node:fs');
const path = require('node:path');

/** Modules the plugin's createData wrote (its generated folder). */
const isKpiData = (resource) => /[\\/]\.docusaurus[\\/]docusaurus-plugin-kpi[\\/]/.test(resource ?? '');

module.exports = function moduleCount(context) {
  const file = path.join(context.siteDir, '.bench-modules.json');
  return {
    name: 'bench-module-count',
    configureWebpack(_config, isServer) {
      const counter = {
        apply(compiler) {
          compiler.hooks.done.tap('bench-module-count', (stats) => {
            const modules = [...stats.compilation.modules];
            const counts = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
            counts[isServer ? 'server' : 'client'] = {
              modules: modules.length,
              kpiDataModules: modules.filter((module) => isKpiData(module.resource)).length,
            };
            writeFileSync(file, JSON.stringify(counts));
          });
        },
      };
      return {plugins: [counter]};
    },
  };
};
