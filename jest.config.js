/** Unit tests (packages/*) and end-to-end tests of the bundles (action-tests/). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  // ts-jest rewrites our `./x.ts` imports to `./x.js`; resolve them without the extension.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/packages/*/test/**/*.test.ts', '<rootDir>/action-tests/test/**/*.test.ts'],
  globalSetup: '<rootDir>/action-tests/harness/global-setup.ts',
  globalTeardown: '<rootDir>/action-tests/harness/global-teardown.ts',
  testTimeout: 60000,
  // Three workers on the 2-core machine: the end-to-end files spend much of their time waiting (commit-mode api spaces
  // GitHub mutations a second apart, retries wait out Retry-After), and a third worker runs while another waits.
  maxWorkers: 3,
  reporters: ['default', '<rootDir>/action-tests/harness/plain-summary-reporter.cjs'],
};
