import {
  composePrompt,
  displayedTake,
  formatDuration,
  sceneName,
  sequenceTimings,
} from '@sceneboard/shared'
import { useEffect, useRef, useState } from 'react'
import type { Editor, TLShapeId } from 'tldraw'
import { focusCard } from '../sequence/focus-card'
import { useSequence } from '../sequence/sequence-context'
import { useSequenceCards } from '../sequence/use-sequence-cards'
import { useBoardTakes } from '../takes/takes-context'
import { clipTime, filmLength, nextShot, previousShot, shotAt, startOf } from './player-timing'
import { usePlayerStore } from './player-store'
import { useBrowserFullscreen } from './use-browser-fullscreen'
import './player.css'

interface PlayerShot {
  id: string
  title: string
  durationSeconds: number
  prompt: string
  clipUrl: string | null
  clipSeconds: number
}

/** The animatic: every shot's displayed take in film order, slates for shots without a clip. */
export function Player({ editor }: { editor: Editor }) {
  const { order, shots: numbered } = useSequence()
  const numberOf = (t: { id: string; number: number }) =>
    numbered.get(t.id)?.number ?? String(t.number)
  const boardTakes = useBoardTakes()
  const fullscreen = usePlayerStore((state) => state.fullscreen)
  const closePlayer = usePlayerStore((state) => state.closePlayer)
  const toggleFullscreen = usePlayerStore((state) => state.toggleFullscreen)
  const setFullscreen = usePlayerStore((state) => state.setFullscreen)
  const sectionRef = useRef<HTMLElement>(null)
  useBrowserFullscreen(sectionRef, fullscreen, setFullscreen)
  const setPlayingCard = usePlayerStore((state) => state.setPlayingCard)

  const cards = useSequenceCards(editor, order)
  const shots: PlayerShot[] = cards.map((card) => {
    const take = displayedTake(boardTakes?.model.getCardTakes(card.id) ?? [], card.selectedTakeId)
    const clip = take?.clip?.kind === 'video' ? take.clip : null
    return {
      id: card.id,
      title: card.title,
      durationSeconds: card.durationSeconds,
      prompt: composePrompt(card.spec),
      clipUrl: clip?.url ?? null,
      clipSeconds: clip?.durationMs ? clip.durationMs / 1000 : Number.NaN,
    }
  })
  const timings = sequenceTimings(shots)
  const total = filmLength(timings)

  const [time, setTime] = useState(0)
  const [playing, setPlaying] = useState(true)
  const position = shotAt(timings, time)
  const index = position?.index ?? 0
  const offset = position?.offset ?? 0
  const shot = shots[index]
  const timing = timings[index]
  const numberedShot = shot ? numbered.get(shot.id) : undefined
  const scene = numberedShot ? sceneName(numberedShot) : null

  // The clock: advances while playing, stops at the end of the film.
  useEffect(() => {
    if (!playing) return
    let last = performance.now()
    let frame = requestAnimationFrame(function tick(now) {
      const delta = (now - last) / 1000
      last = now
      setTime((t) => {
        const next = t + delta
        if (next >= total) {
          setPlaying(false)
          return total
        }
        return next
      })
      frame = requestAnimationFrame(tick)
    })
    return () => cancelAnimationFrame(frame)
  }, [playing, total])

  // The canvas follows the card being played.
  const shotId = shot?.id ?? null
  useEffect(() => {
    setPlayingCard(shotId)
    if (shotId) focusCard(editor, shotId as TLShapeId)
  }, [editor, shotId, setPlayingCard])
  useEffect(() => () => setPlayingCard(null), [setPlayingCard])

  const jumpTo = (i: number | null) => {
    if (i === null) return
    setTime(startOf(timings, i))
  }

  const keys = useRef({ index, playing, timings })
  keys.current = { index, playing, timings }
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      if (
        target &&
        (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
      ) {
        return
      }
      const { index: i, timings: t } = keys.current
      if (event.key === 'Escape') closePlayer()
      else if (event.key === ' ') setPlaying((p) => !p)
      else if (event.key === 'ArrowRight') jumpToRef.current(nextShot(t, i))
      else if (event.key === 'ArrowLeft') jumpToRef.current(previousShot(t, i))
      else return
      event.preventDefault()
      event.stopPropagation()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [closePlayer])
  const jumpToRef = useRef(jumpTo)
  jumpToRef.current = jumpTo

  // Two video elements alternate: the current shot's clip in one, the next shot's preloaded in the other.
  const videoRefs = [useRef<HTMLVideoElement>(null), useRef<HTMLVideoElement>(null)]
  const slotSrc: (string | null)[] = [null, null]
  for (const i of [index, index + 1]) {
    if (shots[i]) slotSrc[i % 2] = shots[i]!.clipUrl
  }
  const activeSlot = index % 2
  useEffect(() => {
    const video = videoRefs[activeSlot]!.current
    if (!video || !shot?.clipUrl) return
    const wanted = clipTime(
      offset,
      Number.isFinite(shot.clipSeconds) ? shot.clipSeconds : video.duration,
    )
    if (Math.abs(video.currentTime - wanted) > 0.3) video.currentTime = wanted
    const holding = Number.isFinite(video.duration) && wanted >= video.duration - 0.05
    if (playing && !holding) void video.play().catch(() => {})
    else video.pause()
  })

  // The same Close in the empty player and the full one.
  const closeButton = (
    <button type="button" className="sb-button" data-testid="player-close" onClick={closePlayer}>
      Close
    </button>
  )

  if (!shot || !timing) {
    return (
      <section className="player" data-testid="player" aria-label="Animatic">
        <div className="player__bar">
          <span>The sequence has no shots yet.</span>
          {closeButton}
        </div>
      </section>
    )
  }

  return (
    <section
      ref={sectionRef}
      className="player"
      data-testid="player"
      data-fullscreen={fullscreen || undefined}
      data-playing={playing || undefined}
      aria-label="Animatic"
    >
      <div className="player__screen" data-testid="player-shot" data-shot-number={numberOf(timing)}>
        {[0, 1].map((slot) => (
          <video
            key={slot}
            ref={videoRefs[slot]}
            className="player__video"
            data-testid="player-video"
            data-active={(slot === activeSlot && shot.clipUrl !== null) || undefined}
            src={slotSrc[slot] ?? undefined}
            preload="auto"
            muted
            playsInline
          />
        ))}
        {!shot.clipUrl && (
          <div className="player__slate" data-testid="player-slate">
            <span className="player__slate-number">
              Shot {numberOf(timing)}
              {scene && <span className="player__slate-scene"> · {scene}</span>}
            </span>
            <h2 className="player__slate-title">{shot.title || 'Untitled shot'}</h2>
            <p className="player__slate-prompt">{shot.prompt || 'No shot description yet.'}</p>
            <span className="player__slate-duration">{formatDuration(timing.durationSeconds)}</span>
          </div>
        )}
      </div>
      <div className="player__bar">
        <button
          type="button"
          className="sb-button"
          data-testid="player-toggle"
          onClick={() => {
            if (!playing && time >= total) setTime(0)
            setPlaying((p) => !p)
          }}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <span className="player__time" data-testid="player-time">
          {formatDuration(time)} / {formatDuration(total)}
        </span>
        <ol className="player__timeline" data-testid="player-timeline">
          {timings.map((t, i) => (
            <li
              key={t.id}
              className="player__timeline-shot"
              data-testid="player-timeline-shot"
              data-shot-number={numberOf(t)}
              data-current={i === index || undefined}
              style={{ flexGrow: Math.max(t.durationSeconds, 0.1) }}
              title={`Shot ${numberOf(t)} · ${formatDuration(t.durationSeconds)} · starts at ${formatDuration(t.startSeconds)}`}
              onClick={() => jumpTo(i)}
            >
              <span className="player__timeline-label">
                {numberOf(t)} · {formatDuration(t.durationSeconds)}
              </span>
              {i === index && t.durationSeconds > 0 && (
                <span
                  className="player__playhead"
                  data-testid="player-playhead"
                  style={{ left: `${(offset / t.durationSeconds) * 100}%` }}
                />
              )}
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="sb-button"
          data-testid="player-fullscreen"
          onClick={toggleFullscreen}
        >
          {fullscreen ? 'Exit full screen' : 'Full screen'}
        </button>
        {closeButton}
      </div>
    </section>
  )
}
