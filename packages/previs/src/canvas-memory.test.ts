import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { CANVAS_PURGE_DELAY_MS } from './canvas-memory.js'

/** What the canvas library's allocator reports of its settings when it loads in a fresh process. */
function allocatorReport(purgeDelay?: string): string {
  const { MIMALLOC_PURGE_DELAY: _inherited, ...env } = process.env
  const moduleUrl = new URL('./canvas.ts', import.meta.url).href
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', `await import(${JSON.stringify(moduleUrl)})`],
    {
      cwd: new URL('..', import.meta.url),
      env: {
        ...env,
        ...(purgeDelay === undefined ? {} : { MIMALLOC_PURGE_DELAY: purgeDelay }),
        MIMALLOC_VERBOSE: '1',
      },
      encoding: 'utf8',
    },
  )
  expect(result.status).toBe(0)
  return result.stderr
}

describe('the canvas library allocator', () => {
  it('keeps freed frame memory for a while when the library is loaded through canvas.ts', () => {
    expect(allocatorReport()).toContain(`option 'purge_delay': ${CANVAS_PURGE_DELAY_MS}`)
  })

  it('leaves a delay already set in the environment alone', () => {
    expect(allocatorReport('25')).toContain("option 'purge_delay': 25")
  })
})
