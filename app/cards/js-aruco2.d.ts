/** The parts of js-aruco2 (MIT, CommonJS, no types) the card scanner uses. */
declare module 'js-aruco2' {
  type Point = { readonly x: number; readonly y: number };
  type Candidate = Point[];
  interface Marker {
    readonly id: number;
    /** The marker's own top-left corner first, clockwise. */
    readonly corners: readonly Point[];
    readonly hammingDistance: number;
  }
  interface Detector {
    findCandidates(contours: unknown, minSize: number, epsilon: number, minLength: number): Candidate[];
    clockwiseCorners(candidates: Candidate[]): Candidate[];
    notTooNear(candidates: Candidate[], minDist: number): Candidate[];
    findMarkers(grey: unknown, candidates: Candidate[], warpSize: number): Marker[];
  }
  /** The CommonJS module's exports: the library sets `this.AR`. */
  const aruco: {
    readonly AR: {
      readonly Detector: new (config?: { dictionaryName?: string; maxHammingDistance?: number }) => Detector;
    };
  };
  export default aruco;
}

declare module 'js-aruco2/src/cv.js' {
  class Image {
    constructor(width: number, height: number, data: Uint8ClampedArray);
    width: number;
    height: number;
    data: Uint8ClampedArray;
  }
  const cv: {
    readonly CV: {
      readonly Image: typeof Image;
      stackBoxBlur(src: Image, dst: Image, radius: number): Image;
      adaptiveThreshold(src: Image, dst: Image, radius: number, threshold: number): Image;
      findContours(src: Image, binary: Int32Array): unknown;
    };
  };
  export default cv;
}
