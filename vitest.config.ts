import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The 20,000-event rebuild test keeps both cores busy for minutes; run beside the rest it would
 * starve their time-limited HTTP tests, so `npm test` runs it on its own, after them.
 */
const heavy = ['test/integration/rebuild.int.spec.ts'];
/** The pages in headless Chromium: their own project, after the suite, over the built web app. */
const web = ['test/web/**/*.web.spec.ts'];

export default defineConfig({
  test: {
    // One DynamoDB Local per run; each test file makes its own tables in it.
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    // The SDK warns that Node 20 support ends; Lambda runs nodejs24.x, so the warning is noise here.
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      POWERTOOLS_METRICS_DISABLED: 'true',
    },
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: [
            'domain/**/*.spec.ts',
            'events/**/*.spec.ts',
            'functions/**/*.spec.ts',
            'test/**/*.spec.ts',
          ],
          exclude: [...configDefaults.exclude, ...heavy, ...web],
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          include: web,
          globalSetup: ['test/support/global-setup.ts', 'test/web/build.ts'],
          testTimeout: 60_000,
        },
      },
      { extends: true, test: { name: 'rebuild', include: heavy } },
    ],
  },
});
