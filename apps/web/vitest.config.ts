import { defineConfig } from 'vitest/config'

// Web unit tests cover the pure modules (routing, placement, validation, formatting) and run in
// Node: no DOM emulation is installed.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
})
