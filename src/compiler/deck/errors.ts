/** A problem in a slide file, located so that the build output and Vite's overlay can point at it. */
export class SlideError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'SlideError';
  }
}
