/**
 * The libraries' boundaries, checked by `npm run lint` (dependency-cruiser):
 * - a library imports another only through its `index.ts` (`@socius/<name>`);
 * - only downward: a library imports libraries of lower layers, never of its own layer or above;
 * - `apps/` only compose: they import libraries through their `index.ts`, and nothing imports them;
 * - no cycles.
 */

/** The libraries, bottom layer first. */
const LAYERS = [
  ['core'],
  ['database', 'notifications'],
  ['auth'],
  ['audit', 'jobs'],
  ['organizations', 'accounts'],
  ['webhooks', 'sso'],
  ['members'],
  // the registry of issued documents and what draws them: the domains above issue their own documents through it
  ['documents'],
  ['shares'],
  ['exports', 'assemblies'],
  ['convocations', 'funding'],
  ['payments', 'portability'],
];

const downwardOnly = LAYERS.flatMap((layer, depth) =>
  layer.map((lib) => {
    const notBelow = LAYERS.slice(depth)
      .flat()
      .filter((other) => other !== lib);
    return {
      name: `downward-only-${lib}`,
      comment: `${lib} may import only libraries of lower layers (.dependency-cruiser.cjs, LAYERS)`,
      severity: 'error',
      from: { path: `^libs/${lib}/` },
      to: { path: `^libs/(${notBelow.join('|')})/` },
    };
  }),
);

module.exports = {
  forbidden: [
    {
      name: 'through-index-only',
      comment: 'a library or an app imports another library only through its index.ts (@socius/<name>)',
      severity: 'error',
      from: { path: '^(libs/([^/]+)|apps)/' },
      to: { path: '^libs/', pathNot: ['^libs/$2/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'apps-only-compose',
      comment: 'nothing imports from apps/: they compose the libraries',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      comment: 'no import cycles',
      severity: 'error',
      from: { path: '^(libs|apps)/' },
      to: { circular: true },
    },
    {
      name: 'layers-cover-every-library',
      comment: 'a new library must be placed in LAYERS',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: `^libs/(?!(${LAYERS.flat().join('|')})/)` },
    },
    ...downwardOnly,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|\\.data)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
