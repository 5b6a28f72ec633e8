/**
 * Four jest projects, so that a change is checked in seconds before the slow suites run:
 *   unit      pure rules, no Strapi (seconds)           npm run test:unit
 *   api       a real Strapi per test file               npm run test:api
 *   security  route matrix, leaks, hostile input        npm run test:security
 *   browser   Debian's Chromium against a real Strapi   npm run test:browser
 * `npm test` runs them all. TEST_TODAY (tests/harness/clock.js) runs any of them on a set date.
 */
const { testToday } = require('./tests/harness/clock');

// a malformed TEST_TODAY stops the run here, once, rather than in every file
testToday();

const ts = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.check.json' }] };

const project = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  roots: [`<rootDir>/tests/${name}`],
  testMatch: ['**/*.test.ts'],
  transform: ts,
  setupFiles: ['<rootDir>/tests/harness/clock-setup.js'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.test-dist/'],
  ...extra,
});

// Compiles the Strapi app (src, config) once per run; each test file boots from it. Jest runs a
// global setup only for the projects that have a test selected, once per distinct module, so a unit
// run compiles nothing.
const bootsStrapi = {
  globalSetup: '<rootDir>/tests/harness/global-setup.js',
  globalTeardown: '<rootDir>/tests/harness/global-teardown.js',
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    project('unit'),
    project('api', bootsStrapi),
    project('security', bootsStrapi),
    // the browser project first checks that Chromium is there (one clear line when it is not)
    project('browser', { ...bootsStrapi, globalSetup: '<rootDir>/tests/harness/browser-global-setup.js' }),
  ],
  // a run-wide option: booting Strapi in a beforeAll takes far longer than jest's default 5 s
  testTimeout: 120000,
  // Each file boots its own Strapi on its own database; two at a time suits the 2-core machines.
  maxWorkers: 2,
  // A fresh worker process for every file: a reused worker's heap grew by ~250 MB with each file (what
  // each booted Strapi loaded stayed reachable), and by its 30th file a boot took 48 s instead of 12 s.
  // Recycling took the SQLite api+security+browser run from 43 to 25 minutes.
  workerIdleMemoryLimit: 0,
};
