import { fail, str, type Check } from './check';

/**
 * URL globs for `pageTypes` and the `page` condition. A glob that starts with `/` is matched
 * against the path (and against the path plus query); one with `://` against the whole URL.
 * `*` matches within one path segment, `**` across segments; everything else — `?` included,
 * so query strings can be written as they are — matches itself.
 *
 * @returns the error text for a bad glob, or undefined when it is valid.
 */
export function globError(glob: string): string | undefined {
  // One message for every rule: the always-loaded script has no bytes for three.
  return /^(\/|\*|https?:\/\/)/.test(glob) && !/\s|\*{3}/.test(glob) ? undefined : 'a path starting with "/" or a full URL, without spaces, at most "**" in a row (got "' + glob + '")';
}

/** A config value that must be a valid glob: the glob, or a `KikubariConfigError` naming `path`. */
export const glob: Check<string> = (v, p) => {
  const g = str(500)(v, p);
  const e = globError(g);
  return e ? fail(p, e) : g;
};

export function globToRegExp(glob: string): RegExp {
  const source = glob
    .split(/(\*\*|\*)/)
    .map((part) => (part == '**' ? '.*' : part == '*' ? '[^/?#]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp('^' + source + '$', 'i');
}

/** Does `url` match any of the globs? Path globs match the path with or without the query. */
export function matchesGlob(url: URL, globs: readonly string[]): boolean {
  return globs.some((g) => {
    const re = globToRegExp(g);
    return g.includes('://') ? re.test(url.href) : re.test(url.pathname) || re.test(url.pathname + url.search);
  });
}
