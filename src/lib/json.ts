/**
 * JSON that a host page cannot bend. Prototype.js (and libraries copying it) define
 * `Array.prototype.toJSON` to return an already-encoded *string*, which the native
 * `JSON.stringify` honours: an array comes out as a quoted string and `JSON.parse` gives back
 * a string, not the array (the outbox then lost orders: "….filter is not a function"). This
 * writer hands the native encoder primitives only (for which no `toJSON` is looked up) and
 * `Date`s, and reads own enumerable keys only, so a polluted `Object.prototype` adds nothing.
 * (The always-loaded outbox has no bytes for this; it undoes the extra encoding as it reads.)
 */
const quote = JSON.stringify;

/** `JSON.stringify(value)` for plain data (and, like it, `undefined` for a function), whatever the page did to the built-ins. */
export const toJson = (v: any): string =>
  !v || typeof v != 'object' || v instanceof Date
    ? quote(v)
    : Array.isArray(v)
      ? '[' + v.map((x) => toJson(x) || 'null') + ']'
      : '{' + Object.keys(v).map((k, s?: any) => (s = toJson(v[k])) && quote(k) + ':' + s).filter(Boolean) + '}';
