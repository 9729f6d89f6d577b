/**
 * The one logger. Recoverable problems are reported once per stable `code` (so a page that
 * retries does not flood the console) and forwarded to `onError` (the `error` event).
 */
export interface Logger {
  warn(code: string, message: string): void;
  error(code: string, message: string): void;
}

export function createLogger(onError?: (code: string, message: string) => void): Logger {
  const seen: Record<string, 1> = {};
  const log = (level: 'warn' | 'error') => (code: string, message: string) => {
    if (seen[code]) return;
    seen[code] = 1;
    try {
      // eslint-disable-next-line no-console
      console[level]('kikubari: ' + message + ' [' + code + ']');
      onError && onError(code, message);
    } catch {
      /* a host that replaced console must not break us */
    }
  };
  return { warn: log('warn'), error: log('error') };
}
