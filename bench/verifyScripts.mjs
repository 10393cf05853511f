// Cross-checks bench/assets.mjs against a real browser: serves a built handbook,
// opens each URL in Chromium (playwright-core) and compares the JS files the
// browser requests with those pageScripts() lists. Not part of `npm run bench`.
//   node bench/verifyScripts.mjs bench/.sites/handbook-50/with /product/page-001 /bench-cards
// CHROMIUM=/path/to/chromium overrides /usr/bin/chromium.
import {createServer} from 'node:http';
import {readFileSync, existsSync, statSync} from 'node:fs';
import {join, extname} from 'node:path';
import {chromium} from 'playwright-core';
import {pageScripts} from './assets.mjs';
const [siteDir, ...urls] = process.argv.slice(2);
const root = join(siteDir, 'build');
const server = createServer((req, res) => {
  let p = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
  else if (!existsSync(p) && existsSync(p + '/index.html')) p = p + '/index.html';
  if (!existsSync(p)) {
    res.statusCode = 404;
    return res.end();
  }
  res.setHeader(
    'content-type',
    {'.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css'}[extname(p)] ?? 'application/octet-stream',
  );
  res.end(readFileSync(p));
}).listen(0);
const port = server.address().port;
const browser = await chromium.launch({executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox']});
for (const url of urls) {
  const page = await browser.newPage({viewport: {width: 400, height: 300}});
  const requested = new Set();
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.endsWith('.js')) requested.add(u.pathname.slice(1));
  });
  await page.goto(`http://localhost:${port}${url}`, {waitUntil: 'networkidle'});
  const ours = new Set(Object.keys(pageScripts(siteDir, url).files));
  console.log(
    url,
    'browser',
    requested.size,
    'manifest',
    ours.size,
    'missing from browser:',
    [...ours].filter((f) => !requested.has(f)),
    'extra in browser:',
    [...requested].filter((f) => !ours.has(f)),
  );
  await page.close();
}
await browser.close();
server.close();
