/** A small pool for running ffmpeg processes a few at a time. */

/**
 * Runs `task` over `items`, at most `limit` at once. On the first failure no new task starts,
 * `onFailure` runs (to stop the others), and once all have settled that first error is thrown.
 */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
  onFailure: () => void = () => undefined,
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  let failure: { error: unknown } | null = null
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length && !failure) {
      const index = next++
      try {
        results[index] = await task(items[index] as T, index)
      } catch (error) {
        if (!failure) {
          failure = { error }
          onFailure()
        }
      }
    }
  })
  await Promise.all(workers)
  if (failure) throw (failure as { error: unknown }).error
  return results
}
