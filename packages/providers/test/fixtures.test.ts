import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import ffmpeg from '@ffmpeg-installer/ffmpeg'
import { expect, it } from 'vitest'
import { CLIP_MP4 } from './fixtures/media.js'

it('the clip the fakes serve is a real H.264 MP4 that decodes', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'providers-fixture-'))
  try {
    const file = join(dir, 'clip.mp4')
    await writeFile(file, CLIP_MP4)
    const { stderr } = await promisify(execFile)(ffmpeg.path, [
      '-v',
      'info',
      '-i',
      file,
      '-f',
      'null',
      '-',
    ])
    expect(stderr).toMatch(/Duration: 00:00:01\.00/)
    expect(stderr).toMatch(/Video: h264 .*yuv420p.*320x180/)
    expect(stderr).toMatch(/frame=\s*24 /)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
