/** Where the camera is and how it is turned at one instant. */
export type CameraState = {
  /** Metres to the right of the starting position. */
  x: number
  /** Metres above the ground. */
  y: number
  /** Metres forward (towards the subject) from the starting position. */
  z: number
  /** Radians; positive turns right (a pan right). */
  yaw: number
  /** Radians; positive looks up (a tilt up). */
  pitch: number
  /** Radians; rolls the frame (dutch angle). */
  roll: number
  /** Focal length multiplier (a zoom); 1 is the lens of the spec. */
  zoom: number
  /** Radians the camera has circled the pivot; positive circles to the camera's left. */
  orbit: number
  /** Depth (m, from the starting position) of the point an orbit circles: the subject plane. */
  pivotDepth: number
}

export function cameraStatesEqual(a: CameraState, b: CameraState): boolean {
  return (
    a.x === b.x &&
    a.y === b.y &&
    a.z === b.z &&
    a.yaw === b.yaw &&
    a.pitch === b.pitch &&
    a.roll === b.roll &&
    a.zoom === b.zoom &&
    a.orbit === b.orbit &&
    a.pivotDepth === b.pivotDepth
  )
}
