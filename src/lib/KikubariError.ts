/**
 * Thrown when an integrator misuses the API: a bad payload to `purchase()`, `identify()`,
 * `track()` or `createArticleSearch()`. The message starts with `kikubari:` and names the field.
 *
 * @example
 * try { await k.purchase({ orderId: '', items: [] }) }
 * catch (e) { e instanceof KikubariError; e.field === 'order.orderId' }
 */
export class KikubariError extends Error {
  /** The path of the offending field, e.g. `order.items[2].sku`. */
  field?: string;
  /**
   * Each lazy chunk carries its own copy of these classes, so `instanceof` goes by the error's
   * name: a `KikubariError` thrown in any chunk is a `KikubariError` to your `catch`.
   */
  static [Symbol.hasInstance](x: unknown): boolean {
    return x instanceof Error && (x.name == 'KikubariError' || x.name == 'KikubariConfigError' || x.name == 'ArticleSourceError');
  }
  constructor(message: string, field?: string) {
    super('kikubari: ' + message);
    this.name = 'KikubariError';
    this.field = field;
  }
}

/**
 * Thrown by `createKikubari` for an invalid config; names the field and what was expected.
 *
 * @example
 * createKikubari({ ofers: [] }) // KikubariConfigError: kikubari: config.ofers is not an option; did you mean "offers"?
 */
export class KikubariConfigError extends KikubariError {
  static [Symbol.hasInstance](x: unknown): boolean {
    return x instanceof Error && x.name == 'KikubariConfigError';
  }
  constructor(message: string, field?: string) {
    super(message, field);
    this.name = 'KikubariConfigError';
  }
}

/**
 * Run a config check: a {@link KikubariError} it throws comes out as a {@link KikubariConfigError}.
 * Renamed rather than made anew: `instanceof` goes by the name, so a chunk that only checks config
 * (the pipeline, the widget) need not carry the class at all (measured: −40 B gzip in pipeline.mjs,
 * −19 B in widget.mjs, −22 B in kikubari.js).
 */
export function asConfigError<T>(check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof KikubariError) e.name = 'KikubariConfigError';
    throw e;
  }
}
