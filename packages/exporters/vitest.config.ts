import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'packages/exporters',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
})
