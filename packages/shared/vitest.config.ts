import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'packages/shared',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
})
