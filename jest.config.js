/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.check.json' }] },
  // Compiles the Strapi app (src, config) to dist/ once per run; each test file boots from it.
  globalSetup: '<rootDir>/tests/harness/global-setup.js',
  globalTeardown: '<rootDir>/tests/harness/global-teardown.js',
  testTimeout: 120000,
  // Each file boots its own Strapi on its own database; two at a time suits the 2-core machines.
  maxWorkers: 2,
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};
