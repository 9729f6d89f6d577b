import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

const PORT = Number(process.env.E2E_PORT) || 4319;

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'e2e', testIgnore: /\.timing\.spec\.ts$/ },
    // Measures main-thread time: run last, by itself (see big-index.timing.spec.ts). A busy
    // machine only ever lengthens what it measures, so a run is retried up to twice: a real
    // regression (a long synchronous step) fails all three, a neighbour's burst of CPU does not.
    { name: 'timing', testMatch: /\.timing\.spec\.ts$/, dependencies: ['e2e'], retries: 2 },
  ],
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(PORT) },
    url: `http://localhost:${PORT}/dist/kikubari.js`,
    reuseExistingServer: !process.env.CI,
  },
});
