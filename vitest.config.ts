import { defineConfig } from 'vitest/config';

// Unit, property and conformance tests: everything named *.spec.ts, except the browser tests.
export default defineConfig({
  test: {
    include: ['{core,compose,simulator,labs,src,cli,test,scripts}/**/*.spec.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    testTimeout: 20_000,
  },
});
