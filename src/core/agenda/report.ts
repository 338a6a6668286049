/**
 * What planning found wrong. Every problem is both an error (for tests and the build, which refuse the day) and
 * a warning that also says what was done about it (for the browser, which runs the nearest sane day).
 */
export class Report {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];

  problem(error: string, fix: string): void {
    this.errors.push(error);
    this.warnings.push(`${error}; ${fix}`);
  }

  /** A consequence of a problem already reported: worth a warning, not a second error. */
  note(warning: string): void {
    this.warnings.push(warning);
  }
}
