/**
 * How the canvas library's allocator hands memory back, set before the library loads (canvas.ts
 * imports this first; the allocator reads its settings once, when the library is loaded).
 *
 * Each frame's read-back is a fresh 3.7 MB buffer. By default the allocator returns a freed
 * buffer's pages to the system 10 ms later, and a render frees one every few milliseconds, so
 * the next frame's buffer came back as fresh pages that the kernel had to zero: in a profile of
 * a render this was the painting thread's largest single cost. Kept for a second, the pages are
 * reused frame after frame; they are still returned once rendering stops. A value already in
 * the environment wins.
 */
export const CANVAS_PURGE_DELAY_MS = 1000

process.env.MIMALLOC_PURGE_DELAY ??= String(CANVAS_PURGE_DELAY_MS)
