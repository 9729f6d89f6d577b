import { fail, str, type Check } from './check';

/**
 * A URL kikubari may navigate to or fetch: a relative one, or one whose scheme `schemes`
 * matches — never `javascript:`, `data:` or `vbscript:`. The scheme is read the way the
 * browser's URL parser reads it (tabs and newlines inside it ignored), so `java\tscript:` is
 * caught too. `expected` finishes the error: "config.handoff.url must be {expected}".
 *
 * @example link(/^(https?|mailto)$/i, '…')('javascript:alert(1)', 'config.handoff.url') // throws, naming the field
 */
export const link =
  (schemes: RegExp, expected: string): Check<string> =>
  (v, p) => {
    const url = str(2000)(v, p);
    const scheme = /^([a-z][\w+.-]*):/i.exec(url.replace(/[\t\n\r]/g, ''));
    return !scheme || schemes.test(scheme[1]!) ? url : fail(p, expected, url);
  };

/** A link a visitor may follow or kikubari may fetch: http(s), or relative to the site. */
export const webLink: Check<string> = link(/^https?$/i, 'an http(s) or relative URL');
