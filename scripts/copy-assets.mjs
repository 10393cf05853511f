// tsc compiles TypeScript only; the theme's CSS modules go next to the compiled components.
import {cpSync, readdirSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';

const from = 'src/theme';
const to = 'lib/theme';

function copyCss(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) copyCss(path);
    else if (name.endsWith('.css')) cpSync(path, join(to, relative(from, path)));
  }
}
copyCss(from);
