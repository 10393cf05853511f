// Bench-only Docusaurus plugin for bench/profile.mjs: the server bundle gets a
// comment naming each module's path (webpack's `output.pathinfo`), and a copy of
// it is kept as <siteDir>/.bench-server-bundle.js (Docusaurus deletes the bundle
// after rendering), so time a profile spends in the bundle can be put down to the
// package each line belongs to.
const {copyFileSync} = require('node:fs');
const path = require('node:path');

module.exports = function serverBundleCopy(context) {
  return {
    name: 'bench-server-bundle-copy',
    configureWebpack(_config, isServer) {
      if (!isServer) return {};
      const copier = {
        apply(compiler) {
          compiler.hooks.afterEmit.tap('bench-server-bundle-copy', (compilation) => {
            const bundle = path.join(compilation.outputOptions.path, 'server.bundle.js');
            copyFileSync(bundle, path.join(context.siteDir, '.bench-server-bundle.js'));
          });
        },
      };
      return {output: {pathinfo: true}, plugins: [copier]};
    },
  };
};
