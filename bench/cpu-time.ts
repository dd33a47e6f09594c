/**
 * CPU time, for benchmarks whose wall time swings with other work on the machine: the CPU time a
 * piece of work uses swings much less.
 */
import { readFileSync } from 'node:fs'

/**
 * CPU seconds used by finished child processes (ffmpeg), from /proc. Null where /proc is missing.
 */
export function childCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // cutime and cstime are fields 16 and 17 of the whole line, in clock ticks (100 a second)
    return (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return null
  }
}

/** Wall and CPU milliseconds of `work`: this process (every thread) and the children it waited for. */
export async function timed(
  work: () => Promise<unknown>,
): Promise<{ ms: number; cpuMs: number | null }> {
  const childBefore = childCpuSeconds()
  const ownBefore = process.cpuUsage()
  const started = performance.now()
  await work()
  const ms = performance.now() - started
  const own = process.cpuUsage(ownBefore)
  const childAfter = childCpuSeconds()
  const cpuMs =
    childBefore === null || childAfter === null
      ? null
      : (own.user + own.system) / 1000 + (childAfter - childBefore) * 1000
  return { ms, cpuMs }
}
