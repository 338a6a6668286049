import { createLogger, type Logger } from 'vite';

/** Vite reports one mistake twice when a page is opened: once while it pre-transforms the page, once for the request. */
const SAME_MISTAKE_MS = 2000;

/**
 * Vite's logger, except that a slide or class file mistake (the deck-slides plugin's errors) is said once, in its
 * one line `file:line: cause`, without Vite's code frame: the browser's overlay shows that frame.
 */
export function deckLogger(): Logger {
  const logger = createLogger();
  const error = logger.error.bind(logger);
  let last = { line: '', at: 0 };
  logger.error = (message, options) => {
    const cause = options?.error;
    if (!cause || !('plugin' in cause) || cause.plugin !== 'deck-slides') {
      error(message, options);
      return;
    }
    const line = cause.message.split('\n')[0] ?? '';
    const now = Date.now();
    if (line === last.line && now - last.at < SAME_MISTAKE_MS) return;
    last = { line, at: now };
    error(line, { timestamp: true });
  };
  return logger;
}
