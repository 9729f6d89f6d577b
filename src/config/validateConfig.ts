import { arr, bool, either, fn, isObj, num, obj, oneOf, record, str, fail, type Check } from '../lib/check';
import { asConfigError, type KikubariConfigError } from '../lib/KikubariError';
import { glob } from '../lib/glob';
import { localText } from './localText';
import { PAGE_TYPES } from '../signals/pageType';
import type { Article, Etiquette, HandoffConfig, KikubariConfig, OfferConfig, ScoreWeights, Theme } from '../types';




/**
 * An offer's shape. Its `when` block (and `variants`) is checked condition by condition by `checkOffers` in
 * `engine/checkOffers.ts`, which lives with the conditions: at `createKikubari` in the npm build,
 * and as the pipeline starts in the script tag (which always starts it when there are offers).
 */
const offer: Check<OfferConfig> = obj<OfferConfig>(
  {
    id: str(100),
    when: (v, p) => (isObj(v) ? (v as OfferConfig['when']) : fail(p, 'an object of conditions', v)),
    message: localText,
    topics: arr(str(100)),
    priority: num(),
    cap: num(0),
    enabled: bool,
    // Unique ids and weights not all 0 are checked by `checkOffers`, which also requires `message` unless variants give it.
    variants: arr(obj({ id: str(100), message: localText, weight: num(0, 1e6) }, ['id', 'message']), 1, 20),
  },
  ['id', 'when'],
);

const offers: Check<OfferConfig[]> = (v, p) => {
  const list = arr(offer)(v, p);
  list.forEach((o, i) => list.findIndex((x) => x.id == o.id) < i && fail(p + '[' + i + '].id', 'unique (another offer is "' + o.id + '")'));
  return list;
};

/** Its fields are checked where the hand-off is used (`checkLinks`): the widget chunk, and `createKikubari`. */
const handoff: Check<HandoffConfig> = (v, p) => (isObj(v) ? (v as unknown as HandoffConfig) : fail(p, 'an object like { type: "url", url: "/contact" }', v));

const cssValue = str(200);
// A number where a CSS length is meant is pixels, as in style props: `radius: 8` is `8px`.
const cssLength: Check<string> = (v, p) => (typeof v == 'number' && isFinite(v) ? v + 'px' : cssValue(v, p));
const theme: Check<Theme> = obj<Theme>({
  preset: oneOf(['light', 'dark', 'auto'] as const),
  accent: cssValue,
  radius: cssLength,
  font: cssValue,
  position: oneOf(['bottom-right', 'bottom-left'] as const),
  offsetX: cssLength,
  offsetY: cssLength,
  zIndex: num(0, 2147483647),
  density: oneOf(['comfortable', 'compact'] as const),
  launcherIcon: oneOf(['chat', 'help', 'spark'] as const),
  title: str(100),
  avatar: str(2000),
  vars: (v, p) => {
    const r = record(cssValue)(v, p);
    for (const k of Object.keys(r)) if (!k.startsWith('--kikubari-')) fail(p + '.' + k, 'a custom property starting with "--kikubari-"');
    return r;
  },
});

const schema: Check<KikubariConfig> = obj<KikubariConfig>({
  articles: either(
    'a URL, an array of articles, a function, or { search: "…{query}" }',
    str(2000) as Check<any>,
    // Each article is checked (field named) by the search when it first builds its index, in
    // slices: checking 100,000 inline articles here would hold up every page's load.
    arr((a) => a as Article, 0, 100000),
    fn,
    obj({ search: str(2000) }, ['search']),
  ),
  offers,
  defaultOffer: bool,
  proactive: bool,
  launcher: bool,
  locale: str(35),
  consent: oneOf(['granted', 'pending', 'denied'] as const),
  respectGlobalPrivacyControl: bool,
  retentionDays: num(1, 3650),
  engagedWindowSeconds: num(1, 3600),
  pageTypes: obj({ kb: arr(glob), product: arr(glob), checkout: arr(glob), cart: arr(glob), other: arr(glob) }),
  searchSelector: (v, p) => {
    const sel = str(200)(v, p);
    try {
      // A selector the browser cannot parse would throw on every Enter key and form submit.
      typeof document == 'object' && document.querySelector(sel);
    } catch {
      fail(p, 'a valid CSS selector', sel);
    }
    return sel;
  },
  readDataLayer: bool,
  pushDataLayer: bool,
  beaconUrl: str(2000),
  etiquette: obj<Etiquette>({
    perSession: num(0),
    dismissDays: num(0),
    quietStartSeconds: num(0),
    typingQuietSeconds: num(0),
    dailyCap: num(0),
    neverOn: arr(oneOf(PAGE_TYPES)),
  }),
  holdout: num(0, 1),
  scoreWeights: obj<Omit<ScoreWeights, 'rereads'>>({
    idleAfterReading: num(0),
    helpPages: num(0),
    backAndForth: num(0),
    searches: num(0),
    rageClicks: num(0),
    ownsPageProduct: num(0),
  }),
  handoff,
  responder: fn as Check<any>,
  theme,
  strings: record(record(str(1000, 0))),
  debug: bool,
});

/**
 * Validate a config: returns a clean copy, or throws one {@link KikubariConfigError} that names
 * the field and what was expected (unknown keys get a "did you mean").
 */
export function validateConfig(config: unknown = {}): KikubariConfig {
  return asConfigError(() => (isObj(config) ? schema(config, 'config') : fail('config', 'an object', config)));
}
