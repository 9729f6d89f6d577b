import { KikubariError } from './KikubariError';
import { closest } from './closest';
import { cut } from './cut';

/**
 * A validator: returns a clean copy of `value` or throws a {@link KikubariError} naming `path`.
 * Validators build new objects from known fields only, so nothing from a payload is stored blindly.
 */
export type Check<T = unknown> = (value: unknown, path: string) => T;

const describe = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'an array of ' + v.length
      : typeof v == 'string'
        ? JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)
        : typeof v == 'object'
          ? 'an object'
          : typeof v == 'number' || typeof v == 'boolean'
            ? String(v)
            : typeof v;

/** Throw the standard "`path` must be `expected` (got …)" error. */
export const fail = (path: string, expected: string, ...got: unknown[]): never => {
  throw new KikubariError(path + ' must be ' + expected + (got.length ? ' (got ' + describe(got[0]) + ')' : ''), path);
};

/** A string, trimmed and capped at `max` characters; non-empty unless `min` is 0. */
export const str =
  (max = 500, min = 1): Check<string> =>
  (v, p) =>
    typeof v == 'string' && v.trim().length >= min
      ? cut(v.trim(), max)
      : fail(p, min ? 'a non-empty string' : 'a string', v);

/** A finite number within `[min, max]`. */
export const num =
  (min = -Infinity, max = Infinity): Check<number> =>
  (v, p) =>
    typeof v == 'number' && v >= min && v <= max
      ? v
      : fail(
          p,
          'a number' +
            (min > -Infinity && max < Infinity
              ? ' from ' + min + ' to ' + max
              : min > -Infinity
                ? ' ≥ ' + min
                : ''),
          v,
        );

export const bool: Check<boolean> = (v, p) => (typeof v == 'boolean' ? v : fail(p, 'true or false', v));

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const fn: Check<Function> = (v, p) => (typeof v == 'function' ? v : fail(p, 'a function', v));

/** One of a fixed set of strings; the error lists them and suggests the nearest. */
export const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (v, p) => {
    if (values.includes(v as T)) return v as T;
    const near = typeof v == 'string' && closest(v, values);
    return fail(p, 'one of "' + values.join('", "') + '"' + (near ? '; did you mean "' + near + '"?' : ''), v);
  };

/** An array whose items all pass `item`, with at least `min` items. */
export const arr =
  <T>(item: Check<T>, min = 0, max = 1000): Check<T[]> =>
  (v, p) =>
    Array.isArray(v) && v.length >= min && v.length <= max
      ? v.map((x, i) => item(x, p + '[' + i + ']'))
      : fail(p, 'an array of ' + (max < 1000 ? (min ? min + ' to ' : 'at most ') + max : 'at least ' + min), v);

export const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v == 'object' && v !== null && !Array.isArray(v);

/**
 * An object with the given fields (all optional unless listed in `required`).
 * `strict` rejects unknown fields with a "did you mean"; otherwise they are dropped.
 */
export const obj =
  <T>(shape: { [K in keyof T]-?: Check<T[K]> }, required: (keyof T)[] = [], strict = true): Check<T> =>
  (v, p) => {
    if (!isObj(v)) return fail(p, 'an object', v);
    const keys = Object.keys(shape);
    const out = {} as Record<string, unknown>;
    // Own keys only: a page's enumerable Object.prototype.extend is not a config field.
    for (const k of Object.keys(v)) {
      if (!keys.includes(k)) {
        if (strict) {
          const near = closest(k, keys);
          throw new KikubariError(
            p + '.' + k + ' is not an option' + (near ? '; did you mean "' + near + '"?' : '; expected one of ' + keys.join(', ')),
            p + '.' + k,
          );
        }
      } else if (v[k] !== undefined) out[k] = (shape as Record<string, Check>)[k]!(v[k], p + '.' + k);
    }
    for (const k of required) if (out[k as string] === undefined) fail(p + '.' + (k as string), 'given');
    return out as T;
  };

/** The first of several validators that accepts the value; otherwise fail with `expected`. */
export const either =
  <T>(expected: string, ...checks: Check<T>[]): Check<T> =>
  (v, p) => {
    for (const c of checks) {
      try {
        return c(v, p);
      } catch {
        /* try the next shape */
      }
    }
    return fail(p, expected, v);
  };

/** A map from string keys to values that pass `value`. */
export const record =
  <T>(value: Check<T>): Check<Record<string, T>> =>
  (v, p) => {
    if (!isObj(v)) return fail(p, 'an object', v);
    const out: Record<string, T> = {};
    for (const k of Object.keys(v)) out[k] = value(v[k], p + '.' + k);
    return out;
  };
