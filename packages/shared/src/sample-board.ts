/**
 * The sample board: "The Lighthouse", a seven-shot short film a newcomer can open to see at once
 * what a storyboard in Sceneboard looks like. Its three scenes are named frames, one row each,
 * under a title; the cards sit left to right inside them and the sequence lists them in story
 * order.
 */
import {
  createShapeId,
  toRichText,
  type TLFrameShape,
  type TLRecord,
  type TLShapeId,
  type TLTextShape,
} from '@tldraw/tlschema'
import { getIndices, type IndexKey } from '@tldraw/utils'
import { DEFAULT_PAGE_ID, type BoardContent } from './board-init.js'
import {
  SCENE_CARD_DEFAULT_SIZE,
  SCENE_CARD_TYPE,
  defaultSceneCardProps,
  type SceneCardShape,
} from './scene-card.js'
import { defaultShotSpec, type ShotSpec } from './shot-spec.js'

export const SAMPLE_BOARD_TITLE = 'Sample: The Lighthouse'

/** The space between cards on the canvas, and between a frame's edge and its cards. */
export const SAMPLE_BOARD_GAP = 80
const FRAME_PADDING = 40
/** Room between one scene's frame and the next one's name. */
const SCENE_GAP = 110

/** The film's scenes: each a frame holding these shots (indices into SHOTS, in order). */
export const SAMPLE_SCENES: readonly { name: string; shots: readonly number[] }[] = [
  { name: 'Dusk at the rock', shots: [0, 1] },
  { name: 'The storm', shots: [2, 3, 4, 5] },
  { name: 'Morning', shots: [6] },
]

interface SampleShot {
  title: string
  spec: Partial<ShotSpec>
}

const STYLE =
  'moody maritime drama, anamorphic film look, deep teal shadows and amber highlights, fine 35mm grain'

const SHOTS: readonly SampleShot[] = [
  {
    title: 'The rock',
    spec: {
      subject: 'A white stone lighthouse on a black basalt headland',
      action: 'turning its beam slowly as storm clouds roll in from the sea',
      environment:
        'a jagged coastline with waves exploding against the rocks, a single lit window at the base of the tower',
      shotSize: 'extreme-wide',
      cameraAngle: 'birds-eye',
      cameraMovement: 'crane-down',
      lens: 24,
      lighting: 'last cold light on the horizon, the lamp beam cutting through spray',
      timeOfDay: 'dusk',
      weather: 'wind',
      notes: 'Open on the scale of the sea; the tower should feel small and stubborn.',
      durationSeconds: 6,
      seed: 1207,
    },
  },
  {
    title: 'The keeper',
    spec: {
      subject: 'Maren, a weathered keeper in her sixties, yellow oilskin coat, grey braid',
      action: 'winds the brass clockwork of the lamp and checks her pocket watch',
      environment: 'the lantern room: brass fittings, glass prisms, rain streaking the windows',
      shotSize: 'medium',
      cameraAngle: 'eye-level',
      cameraMovement: 'dolly-in',
      lens: 35,
      lighting: 'warm paraffin glow on her face against blue storm light from the windows',
      timeOfDay: 'blue-hour',
      weather: 'rain',
      notes: 'Unhurried ritual; she has done this ten thousand times.',
      durationSeconds: 5,
      seed: 48213,
    },
  },
  {
    title: 'The trawler',
    spec: {
      subject: 'A small red fishing trawler with one green running light',
      action: 'pitches through black swells, heading straight for the rocks',
      environment: 'open sea in a gale, whitecaps and sheets of rain, no horizon',
      shotSize: 'wide',
      cameraAngle: 'low-angle',
      cameraMovement: 'handheld',
      lens: 50,
      lighting: 'near darkness, lightning flashes revealing the hull for an instant',
      timeOfDay: 'night',
      weather: 'storm',
      notes: 'Camera at water level, drenched; the audience should feel seasick.',
      durationSeconds: 4,
      seed: 90551,
    },
  },
  {
    title: 'The lamp fails',
    spec: {
      subject: 'The lamp mantle inside the great Fresnel lens',
      action: 'flickers, sputters and dies, the prisms going dark one ring at a time',
      environment: 'the heart of the lantern, concentric glass rings around the burner',
      shotSize: 'extreme-close-up',
      cameraAngle: 'eye-level',
      cameraMovement: 'zoom-in',
      lens: 100,
      lighting: 'a dying orange flame, then only faint lightning through the glass',
      timeOfDay: 'night',
      weather: 'storm',
      notes: 'The hardest cut in the film: hold on black for a beat at the end.',
      durationSeconds: 2,
      seed: 3306,
    },
  },
  {
    title: 'The climb',
    spec: {
      subject: 'Maren with a storm lantern and a box of matches',
      action: 'climbs the spiral iron staircase two steps at a time',
      environment: 'inside the tower, rivets and peeling whitewash, water running down the walls',
      shotSize: 'full',
      cameraAngle: 'worms-eye',
      cameraMovement: 'tilt-up',
      lens: 18,
      lighting: 'her swinging lantern throws moving shadows of the stair rails across the walls',
      timeOfDay: 'night',
      weather: 'storm',
      notes: 'The spiral should read as a vortex; her breathing carries the sound.',
      durationSeconds: 7,
      seed: 27718,
    },
  },
  {
    title: 'The beam',
    spec: {
      subject: 'The relit lighthouse beam',
      action: 'sweeps across the water and finds the trawler, which turns hard away from the rocks',
      environment: 'the bay seen from the lighthouse gallery, surf boiling over the reef',
      shotSize: 'medium-wide',
      cameraAngle: 'high-angle',
      cameraMovement: 'pan-right',
      lens: 40,
      lighting: 'a hard white beam through rain, the sea lit silver wherever it passes',
      timeOfDay: 'night',
      weather: 'storm',
      notes: 'Pan with the beam; let the boat enter the light, not the other way round.',
      durationSeconds: 5,
      seed: 61042,
    },
  },
  {
    title: 'Morning',
    spec: {
      subject: 'Maren on the gallery rail with a tin mug of tea',
      action: 'watches the trawler sail into the harbour and raises the mug to it',
      environment: 'a calm, glassy sea, gulls over the rocks, the harbour village across the bay',
      shotSize: 'medium-close-up',
      cameraAngle: 'over-the-shoulder',
      cameraMovement: 'dolly-out',
      lens: 85,
      lighting: 'soft low sun, pale gold on wet stone and on her face',
      timeOfDay: 'dawn',
      weather: 'clear',
      notes: 'Pull back until the lighthouse is small again, the same frame as the first shot.',
      durationSeconds: 8,
      seed: 15890,
    },
  },
]

/** The fields every shape on the page shares, with tldraw's defaults. */
function onPage(
  id: TLShapeId,
  index: IndexKey,
  x: number,
  y: number,
  parentId: TLShapeId | typeof DEFAULT_PAGE_ID = DEFAULT_PAGE_ID,
) {
  return {
    typeName: 'shape',
    id,
    parentId,
    index,
    x,
    y,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
  } as const
}

function titleShape(index: IndexKey): TLTextShape {
  return {
    ...onPage(createShapeId(), index, 0, -190),
    type: 'text',
    props: {
      color: 'black',
      size: 'xl',
      font: 'serif',
      textAlign: 'start',
      w: 800,
      richText: toRichText('The Lighthouse'),
      scale: 1,
      autoSize: true,
    },
  }
}

/** A fresh copy of the sample film (new shape ids on every call). */
export function buildSampleBoard(): BoardContent {
  const indices = getIndices(1 + SAMPLE_SCENES.length + SHOTS.length)
  let next = 1
  const { w, h } = SCENE_CARD_DEFAULT_SIZE
  const frames: TLFrameShape[] = []
  const cards: SceneCardShape[] = []
  let y = 0
  for (const scene of SAMPLE_SCENES) {
    const frame: TLFrameShape = {
      ...onPage(createShapeId(), indices[next++]!, 0, y),
      type: 'frame',
      props: {
        name: scene.name,
        color: 'black',
        w: scene.shots.length * (w + SAMPLE_BOARD_GAP) - SAMPLE_BOARD_GAP + 2 * FRAME_PADDING,
        h: h + 2 * FRAME_PADDING,
      },
    }
    frames.push(frame)
    scene.shots.forEach((shotIndex, column) => {
      const shot = SHOTS[shotIndex]!
      const x = FRAME_PADDING + column * (w + SAMPLE_BOARD_GAP)
      cards.push({
        ...onPage(createShapeId(), indices[next++]!, x, FRAME_PADDING, frame.id),
        type: SCENE_CARD_TYPE,
        props: defaultSceneCardProps({
          title: shot.title,
          spec: defaultShotSpec({ style: STYLE, aspectRatio: '16:9', ...shot.spec }),
        }),
      })
    })
    y += frame.props.h + SCENE_GAP
  }
  const records: TLRecord[] = [titleShape(indices[0]!), ...frames, ...cards]
  return {
    title: SAMPLE_BOARD_TITLE,
    records,
    sequence: cards.map((card) => card.id),
  }
}
