import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.ts';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            // Some unit tests compile every deck or start servers: seconds on a quiet machine, more on a busy one.
            testTimeout: 30_000,
            include: ['**/*.test.ts'],
            // Components' tests run in the browser, but for the DOM-free ones named *.node.test.ts.
            exclude: ['node_modules/**', 'dist/**', 'components/**/!(*.node).test.ts', 'tests/e2e/**'],
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['components/**/*.test.ts'],
            exclude: ['components/**/*.node.test.ts'],
            browser: {
              enabled: true,
              headless: true,
              provider: playwright({ launchOptions: chromiumLaunchOptions }),
              instances: [{ browser: 'chromium' }],
              screenshotFailures: false,
            },
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.test.ts'],
            globalSetup: ['tests/e2e/global-setup.ts'],
            // A bound against a hang, not a figure: a page with every activity took more than 30 s on a busy machine
            // (2 s on a quiet one). Each wait inside a test still gives up after Playwright's own 30 s.
            testTimeout: 90_000,
            hookTimeout: 120_000,
          },
        },
      ],
    },
  }),
);
