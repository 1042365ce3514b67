/** The parts of aruco.js the card scanner uses. */
export type Point = { readonly x: number; readonly y: number };
export type Candidate = Point[];
export interface Marker {
  readonly id: number;
  /** The marker's own top-left corner first, clockwise. */
  readonly corners: readonly Point[];
  readonly hammingDistance: number;
}
export interface Detector {
  findCandidates(contours: unknown, minSize: number, epsilon: number, minLength: number): Candidate[];
  clockwiseCorners(candidates: Candidate[]): Candidate[];
  notTooNear(candidates: Candidate[], minDist: number): Candidate[];
  findMarkers(grey: unknown, candidates: Candidate[], warpSize: number): Marker[];
}
export const AR: {
  readonly Detector: new (config?: { dictionaryName?: string; maxHammingDistance?: number }) => Detector;
};
