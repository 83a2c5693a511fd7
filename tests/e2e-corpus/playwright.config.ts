import { defineConfig } from '@playwright/test';
import config from '../../playwright.config.ts';

/**
 * The search page's browser tests on a generated 1,000-document corpus
 * (`npm run test:e2e:corpus`): the browser and settings of tests/e2e, a build of its own
 * (global-setup.ts beside this file).
 */
export default defineConfig({
  ...config,
  testDir: '.',
  globalSetup: './global-setup.ts',
  timeout: 60_000,
});
