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
  // Three workers on the 2-core machine: the end-to-end files wait on the processes they start (the bundles, git,
  // Helm, the registry), and a third worker runs while another waits.
  maxWorkers: 3,
  // A worker left above 200 MB after a test file is started afresh: every process a test starts (git, Helm, a bundle)
  // is forked from its worker, which costs more the larger the worker. packages/ alone, 2 runs each on this 2-core
  // machine: 478 and 496 s of wall (user 517 and 533 s, sys 412 and 431 s) against 551 and 683 s without it (user 612
  // and 773 s, sys 456 and 548 s).
  workerIdleMemoryLimit: '200MB',
  reporters: ['default', '<rootDir>/action-tests/harness/plain-summary-reporter.cjs'],
};
