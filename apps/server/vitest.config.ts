import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'apps/server',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Tests start real servers and child processes; a little more room than the default 5 s.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
})
