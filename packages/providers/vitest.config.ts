import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'packages/providers',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
  },
})
