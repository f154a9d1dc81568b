import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Where the dev server forwards API and websocket traffic (the Tuki server). */
const apiTarget = process.env.TUKI_API_URL ?? 'http://localhost:3000';

/** Vite build and dev-server settings for the agent app. */
export default defineConfig({
  plugins: [react()],
  server: {
    port: Number(process.env.AGENT_DEV_PORT ?? 5173),
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
});
