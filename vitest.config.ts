import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['domain/**/*.spec.ts', 'events/**/*.spec.ts', 'functions/**/*.spec.ts', 'test/**/*.spec.ts'],
    // One DynamoDB Local per run; each test file makes its own tables in it.
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    // The SDK warns that Node 20 support ends; Lambda runs nodejs22.x, so the warning is noise here.
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      POWERTOOLS_METRICS_DISABLED: 'true',
    },
    hookTimeout: 60_000,
  },
});
