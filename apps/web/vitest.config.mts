import { defineConfig } from 'vitest/config';

/** Component tests of the web app (`npm run test:web`): logic that lives in the browser, in happy-dom. */
export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
});
