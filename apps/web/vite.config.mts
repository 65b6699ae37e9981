import { defineConfig } from 'vite';

/**
 * The web app, built into apps/web/dist and served by the API on the same origin (`/`), so it
 * calls `/v1` with the session cookie and no CORS. `npm run dev:web` serves it with a proxy to a
 * running API.
 */
export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      // Mantine marks its modules "use client" (for React Server Components): meaningless in a bundle
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: { '/v1': 'http://localhost:3000', '/health': 'http://localhost:3000' },
  },
});
