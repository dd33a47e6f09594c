import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/**
 * Where `pnpm dev` forwards the API, the clips and the sync socket (the Sceneboard server's
 * default port).
 */
const serverUrl = process.env.SCENEBOARD_SERVER_URL ?? 'http://localhost:8787'

export default defineConfig({
  plugins: [react()],
  optimizeDeps: {
    // Its asset modules import files with `?url`, which only Vite's own pipeline resolves.
    exclude: ['@tldraw/assets'],
  },
  server: {
    port: 5173,
    proxy: {
      '/api': serverUrl,
      '/healthz': serverUrl,
      '/clips': serverUrl,
      '/sync': { target: serverUrl, ws: true },
    },
  },
  preview: {
    proxy: {
      '/api': serverUrl,
      '/healthz': serverUrl,
      '/clips': serverUrl,
      '/sync': { target: serverUrl, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // tldraw is one large module graph; a single vendor chunk keeps the page to a few requests.
    chunkSizeWarningLimit: 4000,
  },
})
