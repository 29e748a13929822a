// ESM TypeScript under jest: ts-jest transpiles each file on its own (type checking is `npm run typecheck`).
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: [
    '<rootDir>/packages/**/*.test.ts',
    '<rootDir>/actions/**/*.test.ts',
    '<rootDir>/test/**/*.test.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/test/fixtures/'],
  testTimeout: 60000,
};
