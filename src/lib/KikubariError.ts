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
  constructor(message: string, field?: string) {
    super(message, field);
    this.name = 'KikubariConfigError';
  }
}
