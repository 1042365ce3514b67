/** The parts of cv.js the card scanner uses. */
declare class Image {
  constructor(width: number, height: number, data: Uint8ClampedArray);
  width: number;
  height: number;
  data: Uint8ClampedArray;
}
export const CV: {
  readonly Image: typeof Image;
  stackBoxBlur(src: Image, dst: Image, radius: number): Image;
  adaptiveThreshold(src: Image, dst: Image, radius: number, threshold: number): Image;
  findContours(src: Image, binary: Int32Array): unknown;
};
