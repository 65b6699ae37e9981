#!/usr/bin/env node
/**
 * The web app's initial JavaScript, gzipped, against its budget (issue 13: ≤ 200 kB on member and
 * public pages): the scripts index.html loads before the first page shows (its module script and
 * the chunks it preloads). Run after `npm run build:web`; exits 1 over budget.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { gzipSync } = require('node:zlib');

const BUDGET_BYTES = 200_000;
const dist = path.resolve(__dirname, '../apps/web/dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map(
  (m) => m[1],
);
let total = 0;
for (const src of initial) {
  const bytes = gzipSync(fs.readFileSync(path.join(dist, src)), { level: 9 }).length;
  total += bytes;
  console.log(`  ${src}: ${(bytes / 1000).toFixed(1)} kB gzip`);
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(
  `initial JavaScript: ${(total / 1000).toFixed(1)} kB gzip, ${verdict} the budget of ${BUDGET_BYTES / 1000} kB`,
);
process.exit(total <= BUDGET_BYTES ? 0 : 1);
