import { SlideError } from './errors.ts';

const SAVE_AS_UTF8 = 'save the file as UTF-8 (in most editors: "Save with encoding" or the encoding in the status bar)';

/**
 * A slide file's bytes as text. Only UTF-8 is accepted: a wrong encoding would otherwise turn letters into "�"
 * on the slides without a word. A UTF-8 byte order mark is allowed and dropped (some Windows editors write one).
 */
export function decodeSlideFile(file: string, bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new SlideError(file, 1, `the file is UTF-16 text: ${SAVE_AS_UTF8}`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new SlideError(file, lineAt(bytes, nul), `the file holds a NUL byte (UTF-16 text or not text at all): ${SAVE_AS_UTF8}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidByte(bytes);
    const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new SlideError(
      file,
      lineAt(bytes, bad),
      `the file is not UTF-8 text: byte 0x${byte} in this line is not valid UTF-8 (Latin-1 or Windows-1252?); ${SAVE_AS_UTF8}`,
    );
  }
}

/** The offset of the first byte that makes the text invalid: the shortest prefix that does not decode. */
function firstInvalidByte(bytes: Uint8Array): number {
  // A prefix that merely ends inside a character is fine in streaming mode, so validity falls monotonically.
  const decodes = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (decodes(mid + 1)) low = mid + 1;
    else high = mid;
  }
  // The prefix first fails at a byte that cannot begin a character, or cannot continue the one begun before it:
  // then that character's first byte is the one to name.
  const failed = Math.min(low, bytes.length - 1);
  for (let start = failed - 1; start >= Math.max(0, failed - 3); start--) {
    const byte = bytes[start] ?? 0;
    if (byte >= 0xc0) return start;
    if (byte < 0x80) break;
  }
  return failed;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
