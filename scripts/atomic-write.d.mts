/** A failed write, named by the file it was for and said in words; the previous file is untouched. */
export class WriteError extends Error {
  constructor(path: string, cause: unknown);
  readonly path: string;
  /** The system's code (ENOSPC, EACCES, ...), or empty. */
  readonly code: string;
}

/** Writes `data` to a temporary file beside `path`, flushes it, renames it over `path`; on failure removes it. */
export function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void>;
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void;
