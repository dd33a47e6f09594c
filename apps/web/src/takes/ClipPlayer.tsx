import type { Take } from '@sceneboard/shared'
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react'
import { stopEventPropagation } from 'tldraw'
import { IconInfo, IconLoop, IconPause, IconPlay } from '../ui/icons'
import { scrubRatio, scrubTime } from './scrub'
import { formatClipTime } from './take-status'

interface ClipPlayerProps {
  take: Take
  /** Its number on the card ("Take 3"). */
  number: number
  /** The selected card plays its clip; the others show the poster until hovered or played. */
  autoPlay: boolean
  onShowDetails(): void
}

/**
 * A take's clip in the card's frame: the poster until the card is selected, hovered or played;
 * hovering scrubs (the pointer's position across the frame picks the moment); play/pause and
 * loop. Controls stop the press so the canvas does not start dragging the card.
 */
export function ClipPlayer({ take, number, autoPlay, onShowDetails }: ClipPlayerProps) {
  const clip = take.clip!
  const video = useRef<HTMLVideoElement>(null)
  const playhead = useRef<HTMLDivElement>(null)
  const [playing, setPlaying] = useState(autoPlay)
  const [hovered, setHovered] = useState(false)
  const [scrubbing, setScrubbing] = useState(false)
  const [loop, setLoop] = useState(true)
  const [time, setTime] = useState(0)
  const [failed, setFailed] = useState(false)

  // Selecting the card starts its clip; deselecting goes back to the poster.
  const [wasAutoPlay, setWasAutoPlay] = useState(autoPlay)
  if (autoPlay !== wasAutoPlay) {
    setWasAutoPlay(autoPlay)
    setPlaying(autoPlay)
  }

  const isVideo = clip.kind === 'video'
  const mounted = isVideo && (playing || hovered || autoPlay || !clip.posterUrl)
  const duration = (clip.durationMs ?? 0) / 1000

  useEffect(() => {
    const element = video.current
    if (!element) return
    if (playing && !scrubbing) void element.play().catch(() => setPlaying(false))
    else element.pause()
  }, [playing, scrubbing, mounted])

  // The playhead follows the video every frame while it plays (no React render per frame).
  useEffect(() => {
    const element = video.current
    if (!element || !playing) return
    let frame = 0
    const tick = () => {
      const total = element.duration || duration
      if (playhead.current && total > 0) {
        playhead.current.style.transform = `scaleX(${element.currentTime / total})`
      }
      frame = requestAnimationFrame(tick)
    }
    frame = requestAnimationFrame(tick)
    return () => cancelAnimationFrame(frame)
  }, [playing, mounted, duration])

  const scrub = (event: ReactPointerEvent<HTMLDivElement>) => {
    const element = video.current
    if (!element || event.buttons !== 0) return
    if ((event.target as HTMLElement).closest('.clip__controls')) {
      if (scrubbing) setScrubbing(false)
      return
    }
    const box = event.currentTarget.getBoundingClientRect()
    const ratio = scrubRatio(event.clientX, box.left, box.width)
    const total =
      Number.isFinite(element.duration) && element.duration > 0 ? element.duration : duration
    const at = scrubTime(ratio, total, clip.fps ?? 24)
    if (!scrubbing) setScrubbing(true)
    element.currentTime = at
    setTime(at)
    if (playhead.current && total > 0) playhead.current.style.transform = `scaleX(${at / total})`
  }

  const leave = () => {
    setHovered(false)
    setScrubbing(false)
  }

  if (!isVideo) {
    return (
      <div className="clip" data-kind="image">
        <img
          className="clip__media"
          src={clip.url}
          alt=""
          data-testid="card-still"
          draggable={false}
        />
        <ClipBadge number={number} onShowDetails={onShowDetails} />
      </div>
    )
  }

  return (
    <div
      className="clip"
      data-kind="video"
      data-playing={playing || undefined}
      data-scrubbing={scrubbing || undefined}
      onPointerEnter={() => setHovered(true)}
      onPointerMove={scrub}
      onPointerLeave={leave}
    >
      {clip.posterUrl && (
        <img
          className="clip__media clip__poster"
          src={clip.posterUrl}
          alt=""
          data-testid="card-poster"
          draggable={false}
        />
      )}
      {mounted && !failed && (
        <video
          ref={video}
          className="clip__media clip__video"
          data-testid="card-video"
          src={clip.url}
          poster={clip.posterUrl ?? undefined}
          muted
          playsInline
          loop={loop}
          preload="auto"
          onEnded={() => setPlaying(false)}
          onTimeUpdate={(event) => setTime(event.currentTarget.currentTime)}
          onError={() => setFailed(true)}
        />
      )}
      {failed && <p className="clip__error">This clip cannot be played here.</p>}

      <div className="clip__timeline" aria-hidden="true">
        <div ref={playhead} className="clip__playhead" />
      </div>

      <div className="clip__controls" onPointerDown={stopEventPropagation}>
        <button
          type="button"
          className="clip__button"
          data-testid="clip-play"
          aria-label={playing ? 'Pause' : 'Play'}
          title={playing ? 'Pause' : 'Play'}
          aria-pressed={playing}
          onClick={() => setPlaying((now) => !now)}
        >
          {playing ? <IconPause size={14} /> : <IconPlay size={14} />}
        </button>
        <button
          type="button"
          className="clip__button"
          data-testid="clip-loop"
          aria-label="Loop"
          title={loop ? 'Looping: click to play once' : 'Playing once: click to loop'}
          aria-pressed={loop}
          onClick={() => setLoop((now) => !now)}
        >
          <IconLoop size={14} />
        </button>
        <span className="clip__time" data-testid="clip-time">
          {formatClipTime(time)}
          {duration > 0 && <span className="clip__duration"> / {formatClipTime(duration)}</span>}
        </span>
      </div>
      <ClipBadge number={number} onShowDetails={onShowDetails} />
    </div>
  )
}

/** "Take 3" in the frame's corner; opens the take's details. */
function ClipBadge({ number, onShowDetails }: { number: number; onShowDetails(): void }) {
  return (
    <button
      type="button"
      className="clip__badge"
      data-testid="clip-details"
      title="Show this take's details"
      onPointerDown={stopEventPropagation}
      onClick={onShowDetails}
    >
      <IconInfo size={12} />
      Take {number}
    </button>
  )
}
