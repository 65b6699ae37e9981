#!/usr/bin/env node
/**
 * The OpenAPI document, its lint and the typed client generated from it.
 *
 *   node scripts/openapi.js document [OUT]   writes the document (default .data/openapi.json)
 *   node scripts/openapi.js lint             …and lints it with Redocly (redocly.yaml): `npm run openapi:lint`
 *   node scripts/openapi.js client           …and writes the typed client's schema: `npm run openapi:client`
 *   node scripts/openapi.js check            lint, and fail when the committed schema is stale (npm test)
 *
 * The document is what the built API serves at /openapi.json: the sources are compiled by `nest build`
 * (with the @nestjs/swagger plugin of nest-cli.json) into .data/openapi/, then
 * apps/api/src/cli/openapi.ts builds the application graph without starting anything (no server,
 * database or Redis) and writes it. A hash of the sources names the result, so an unchanged tree
 * reuses it, and the same sources always give the same bytes.
 */
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const CACHE = path.join(ROOT, '.data/openapi');
const DOCUMENT = path.join(ROOT, '.data/openapi.json');
const CLIENT_SCHEMA = 'apps/web/src/api/schema.d.ts';
/** What the document is made of: TypeScript sources, compiler, plugin and dependency settings. */
const SOURCE_DIRS = ['apps/api', 'libs'];
const SOURCE_FILES = ['nest-cli.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', __filename];

function sourceHash() {
  const hash = createHash('sha256');
  const walk = (dir) =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .flatMap((entry) => {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) return walk(file);
        return /\.ts$/.test(entry.name) && !/\.(spec|d)\.ts$/.test(entry.name) ? [file] : [];
      });
  const files = [
    ...SOURCE_DIRS.flatMap((dir) => walk(path.join(ROOT, dir))),
    ...SOURCE_FILES.map((f) => path.resolve(ROOT, f)),
  ];
  for (const file of files)
    hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 20);
}

const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...options });

/** Builds (unless cached) and returns the document's text. */
function documentText() {
  const hash = sourceHash();
  const cached = path.join(CACHE, `${hash}.json`);
  if (fs.existsSync(cached)) return fs.readFileSync(cached, 'utf8');
  // a private output directory: runs in parallel (a test, a script) do not clash
  const work = path.join(CACHE, `build-${hash}-${process.pid}`);
  fs.mkdirSync(work, { recursive: true });
  try {
    const tsconfig = path.join(work, 'tsconfig.json');
    fs.writeFileSync(
      tsconfig,
      JSON.stringify({
        extends: path.join(ROOT, 'tsconfig.build.json'),
        compilerOptions: { outDir: path.join(work, 'dist') },
      }),
    );
    try {
      run(process.execPath, [
        require.resolve('@nestjs/cli/bin/nest.js'),
        'build',
        'api',
        '--path',
        path.relative(ROOT, tsconfig),
      ]);
      run(process.execPath, [path.join(work, 'dist/apps/api/src/cli/openapi.js'), path.join(work, 'openapi.json')]);
    } catch (error) {
      process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
      throw new Error('building the OpenAPI document failed', { cause: error });
    }
    fs.renameSync(path.join(work, 'openapi.json'), cached);
    // keep the documents of the last day only (and no build an interrupted run left behind)
    for (const name of fs.readdirSync(CACHE)) {
      const file = path.join(CACHE, name);
      if (file !== work && Date.now() - fs.statSync(file).mtimeMs > 86_400_000)
        fs.rmSync(file, { recursive: true, force: true });
    }
    return fs.readFileSync(cached, 'utf8');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function writeDocument(out = DOCUMENT) {
  const text = documentText();
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, text);
  return out;
}

/** Redocly's recommended rules (redocly.yaml); errors fail, warnings are printed. */
function lint(file) {
  const result = spawnSync(
    process.execPath,
    [require.resolve('@redocly/cli/bin/cli.js'), 'lint', path.relative(ROOT, file)],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  );
  // Redocly CLI 2 boxes a notice about Node.js 20 around every run: keep its report only
  const report = `${result.stdout}${result.stderr}`.replace(/^\s*╔[^]*?╚═*╝\n/m, '').trim();
  console.log(report);
  if (result.status !== 0) throw new Error('the OpenAPI document has lint errors (redocly.yaml)');
}

/** The typed client's schema (openapi-typescript), formatted as the repository formats TypeScript. */
async function clientSchema(document) {
  const { default: openapiTS, astToString } = require('openapi-typescript');
  const ast = await openapiTS(JSON.parse(document), { alphabetize: true, exportType: false });
  const header =
    '/**\n * Generated from the OpenAPI document by `npm run openapi:client` (scripts/openapi.js): do not edit.\n' +
    ' * npm test fails when it is stale.\n */\n\n';
  const prettier = require('prettier');
  const file = path.join(ROOT, CLIENT_SCHEMA);
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(header + astToString(ast), { ...options, filepath: file });
}

async function main(command = 'document', arg) {
  switch (command) {
    case 'document':
      console.log(path.relative(process.cwd(), writeDocument(arg)));
      return;
    case 'lint':
      lint(writeDocument());
      return;
    case 'client': {
      const file = path.join(ROOT, CLIENT_SCHEMA);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, await clientSchema(documentText()));
      console.log(`wrote ${CLIENT_SCHEMA}`);
      return;
    }
    case 'check': {
      lint(writeDocument());
      const file = path.join(ROOT, CLIENT_SCHEMA);
      const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      if (committed !== (await clientSchema(documentText()))) {
        throw new Error(`the typed client is stale: run npm run openapi:client (${CLIENT_SCHEMA})`);
      }
      console.log(`${CLIENT_SCHEMA} is up to date`);
      return;
    }
    default:
      throw new Error(`unknown command ${command}: document [OUT] | lint | client | check`);
  }
}

if (require.main === module) {
  main(...process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}

module.exports = { documentText };
