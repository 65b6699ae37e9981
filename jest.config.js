// Unit tests sit beside the code (*.spec.ts); end-to-end tests in test/ run the real app on
// real PostgreSQL and Redis (see test/support). Type checking is `npm run typecheck`, so
// ts-jest only transpiles here.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const ESM_ONLY = ['openid-client', 'oauth4webapi', 'jose'];

const common = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { ...compilerOptions, isolatedModules: true }, diagnostics: false }],
    [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.js$`]: [
      'ts-jest',
      { tsconfig: { ...compilerOptions, isolatedModules: true, allowJs: true }, diagnostics: false },
    ],
  },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  // openid-client and its dependencies are ES modules only: jest's CommonJS loader needs them transpiled
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
};

const e2e = {
  ...common,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  setupFiles: ['<rootDir>/test/support/env.ts'],
  slowTestThreshold: 20,
};

/**
 * Four lanes. `npm test` runs unit and e2e (the API on PostgreSQL and Redis); `npm run test:all`
 * adds browser (the web app in Chromium) and reliability (killed workers, restarted services,
 * bursts), the slow ones, and is what CI runs.
 */
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    {
      ...e2e,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      testPathIgnorePatterns: ['<rootDir>/test/web/', '<rootDir>/test/reliability/'],
    },
    { ...e2e, displayName: 'browser', testMatch: ['<rootDir>/test/web/**/*.e2e-spec.ts'] },
    { ...e2e, displayName: 'reliability', testMatch: ['<rootDir>/test/reliability/**/*.e2e-spec.ts'] },
  ],
  // a hook that sets a co-op up may take long on a loaded machine
  testTimeout: 60_000,
};
