import { KikubariError } from '../lib/KikubariError';

/**
 * Why articles could not be had: `'unreachable'` (network error, timeout, HTTP error, the
 * remote function threw) or `'malformed'` (not JSON, not a list of articles, an invalid article).
 */
export type ArticleSourceErrorCode = 'unreachable' | 'malformed';

/**
 * The rejection of an article provider's `search` when its source fails. The message says what
 * went wrong in plain words; `code` lets the widget choose what to say (a retry makes sense for
 * `'unreachable'`). The provider retries a failed load on the next call.
 *
 * @example
 * provider.search('lid').catch((e) => e instanceof ArticleSourceError && e.code == 'unreachable' && showRetry());
 */
export class ArticleSourceError extends KikubariError {
  code: ArticleSourceErrorCode;
  constructor(code: ArticleSourceErrorCode, message: string, field?: string) {
    super(message, field);
    this.name = 'ArticleSourceError';
    this.code = code;
  }
}
