/**
 * Public types of kikubari. Everything a site owner writes in a config file, everything a
 * developer receives in an event, and the seams between the stages of the data flow
 * (signals → context store → engine → widget → outcomes) are declared here, so each stage
 * depends on these shapes and never on another stage's internals.
 */

/** One line of an order. */
export interface OrderItem {
  /** Stock-keeping unit; the identity of the product. Non-empty, ≤ 100 characters. */
  sku: string;
  /** Product name as the visitor knows it, e.g. `"Aero Kettle"`. Shown as text, never HTML. */
  name: string;
  /** Optional category, e.g. `"kettles"`; used to match help articles. */
  category?: string;
  /** Unit price in `currency`. */
  price?: number;
  /** Quantity bought; default 1. */
  quantity?: number;
}

/**
 * An order the visitor placed.
 *
 * @example
 * { orderId: 'A-1001', items: [{ sku: 'AK-1', name: 'Aero Kettle', category: 'kettles', price: 79, quantity: 1 }] }
 */
export interface Order {
  /** Unique per shop; the same `orderId` arriving twice is stored once. */
  orderId: string;
  /** When it was bought: an ISO-8601 string or epoch milliseconds. Default: now. */
  purchasedAt?: string | number;
  /** ISO-4217 code, e.g. `"USD"`. */
  currency?: string;
  /** At least one item. */
  items: OrderItem[];
}

/** An order as stored: `purchasedAt` normalised to epoch milliseconds. */
export interface StoredOrder extends Order {
  purchasedAt: number;
}

/** A help article. */
export interface Article {
  id: string;
  title: string;
  url: string;
  body?: string;
  tags?: string[];
  /** SKUs this article is about; articles for a purchased product rank first. */
  products?: string[];
  locale?: string;
}

export type PageType = 'kb' | 'product' | 'checkout' | 'cart' | 'other';
export type Consent = 'granted' | 'pending' | 'denied';
export type Locale = string;

/** A product as read off the page (JSON-LD) or named by a purchase. */
export interface ProductRef {
  sku?: string;
  name?: string;
  category?: string;
}

/** Per-locale text: one string for every locale, or a map such as `{ en: '…', ja: '…' }`. */
export type LocalText = string | Record<string, string>;

/**
 * Conditions of an offer's `when` block; all given conditions must pass.
 * Each is a named, pure function in `src/engine/conditions.ts`.
 */
export interface OfferConditions {
  /** Page type(s), and/or URL globs (`*` within a path segment, `**` across). */
  page?: PageType | PageType[] | { type?: PageType | PageType[]; url?: string | string[] };
  /** Engaged time on this page of at least this many seconds. */
  engagedSeconds?: number;
  /** Idle (visible, no input) for at least this many seconds. */
  idleSeconds?: number;
  /** Help pages viewed this session, at least. */
  helpPagesViewed?: number;
  /** Times the visitor went back to a help page they had already seen this session, at least. */
  backAndForth?: number;
  /** KB searches this session, at least. */
  kbSearches?: number;
  /** Rage clicks on this page, at least. */
  rageClicks?: number;
  /** Times text was copied on this page, at least (e.g. a visitor pasting steps or an error code elsewhere). */
  copies?: number;
  /** `true`: the visitor looked about to leave this page (pointer out through the top; on phones, a fast scroll back to the top). Shows at once. */
  exitIntent?: boolean;
  /** Furthest share of the main content read, 0..1: `{ min: 0.6 }` read most of it, `{ max: 0.2 }` barely started. */
  scrollDepth?: { min?: number; max?: number };
  /** Times the visitor scrolled back over what they had read on this page, at least. */
  rereads?: number;
  /** Visits in the last 30 days on this device, this one included, at least (`2`: a returning visitor). */
  visits?: number;
  /** Days in the last 30, today included, on which the visitor saw a help page, at least. */
  helpPagesViewedDays?: number;
  /** The newest purchase is at most this many days old. */
  purchasedWithinDays?: number;
  /** `true`: this page is about something the visitor bought; `false`: it is not. */
  pageMatchesPurchase?: boolean;
  /** `false`: not on a page about a product the visitor did not buy (JSON-LD `sku`/`about`). */
  pageAboutOtherProduct?: boolean;
  /** Local hours `[from, to)`, 0–24; `[22, 6]` wraps past midnight. */
  localHours?: [number, number];
  /** Local weekdays, 0 = Sunday … 6 = Saturday. */
  weekdays?: number[];
  device?: 'mobile' | 'desktop';
  /** Passes when the support team is at work (`true`) or away (`false`). */
  businessHours?: BusinessHours & { open: boolean };
  /** Visitor locale(s), by language prefix (`"ja"` matches `"ja-JP"`). */
  locale?: string | string[];
  /** A custom `track()` event happened this session (at least `count` times, default 1). */
  event?: string | { name: string; count?: number };
  /** Stuck score at least this, 0..1. */
  score?: number;
}

/**
 * One wording of an offer, for comparing messages (see README "Did it work?").
 *
 * @example
 * { id: 'short', message: 'Stuck on setup?', weight: 2 }
 */
export interface OfferVariant {
  /** Names the variant in every event and in the report. Unique within the offer. */
  id: string;
  /** Replaces the offer's `message` for the visitors who get this variant. */
  message: LocalText;
  /** Relative share of visitors (default 1): weights 2 and 1 split visitors 2:1. */
  weight?: number;
}

/** A declarative, JSON-serialisable offer. */
export interface OfferConfig {
  id: string;
  when: OfferConditions;
  /** Template with `{product}`, `{category}`, `{page}`; per-locale variants allowed. */
  message: LocalText;
  /** Topics that seed the article query (e.g. `["setup", "descaling"]`). */
  topics?: string[];
  /** Higher wins when several offers are eligible at once. Default 0. */
  priority?: number;
  /** Times this offer may be shown to one visitor, ever. Default unlimited (etiquette still applies). */
  cap?: number;
  /** `false` keeps the offer in config but never shows it. */
  enabled?: boolean;
  /**
   * Message variants to compare: each visitor gets one, stably, by `weight`. With variants,
   * `message` may be left out (the first variant's message stands in for it).
   */
  variants?: OfferVariant[];
}

export interface Etiquette {
  /** Proactive offers per session. Default 1. */
  perSession: number;
  /** Days an offer stays quiet after the visitor dismissed it. Default 14. */
  dismissDays: number;
  /** Seconds at the start of a visit with no offer. Default 10. */
  quietStartSeconds: number;
  /** Seconds after the last keystroke in a form field with no offer. Default 10. */
  typingQuietSeconds: number;
  /** Proactive offers per day across all tabs. Default 2. */
  dailyCap: number;
  /** Page types where no offer is ever shown. Default `['checkout', 'cart']`. */
  neverOn: PageType[];
}

/** Stuck-score weights; they are normalised to sum to 1. See README "Stuck score". */
export interface ScoreWeights {
  idleAfterReading: number;
  helpPages: number;
  backAndForth: number;
  searches: number;
  rageClicks: number;
  ownsPageProduct: number;
  /**
   * Scroll-backs over what was read (default 0.1). Not settable in `scoreWeights` yet: the config
   * check lives in the always-loaded script, which has no bytes to spare.
   */
  rereads?: number;
}

/** When a support team is at work: weekdays (0 = Sunday … 6; default Monday to Friday) and local hours `[from, to)` (default `[9, 17]`; `[22, 6]` wraps past midnight), in an IANA time zone (default the visitor's own). */
export interface BusinessHours {
  days?: number[];
  hours?: [number, number];
  timeZone?: string;
}

export type HandoffType = 'zendesk' | 'intercom' | 'crisp' | 'url' | 'callback';

export interface HandoffConfig {
  type: HandoffType;
  /** For `url`: a contact-form URL or `mailto:` address; `{context}` is replaced by the card as text. */
  url?: string;
  /** For `callback`: receives the customer info card. */
  onHandoff?: (card: ContextCard) => void | Promise<void>;
  /** For `zendesk`: id of a custom ticket field (end-user editable) that receives the card as text. */
  fieldId?: string;
  /**
   * A reply time to promise, shown under the panel's title while someone is there, e.g.
   * `'We usually reply within an hour'`. Unset, the panel promises none.
   */
  replyTime?: string;
  /**
   * When people answer (same shape as the offer condition's, without `open`; unset days are Monday
   * to Friday, unset hours 9–17). Outside them, "Talk to a person" becomes "Leave a message".
   */
  businessHours?: BusinessHours;
  /**
   * Whether someone can answer now (e.g. your chat vendor's agent status); may return a promise.
   * Asked when the panel opens and when the visitor asks for a person. `false`, an error, or no
   * answer within 3 s: "Leave a message" instead of "Talk to a person".
   */
  available?: () => boolean | Promise<boolean>;
}

/**
 * One of the help center's best articles for the visitor's message, as a responder receives it:
 * with its best passage, so a model can answer from it and cite it by `id`.
 */
export interface ResponderArticle {
  id: string;
  title: string;
  url: string;
  /** One to three sentences of the article that best match the message (plain text; empty when the article has no text). */
  passage: string;
  /** SKUs the article is about; none means a general article (returns, shipping, account). */
  products?: string[];
}

/**
 * What a responder receives with the message: the customer info card (purchases — empty without
 * consent —, recent pages, offers, articles read; `text` as plain text), with the page's product
 * and the articles that best match the message.
 *
 * @example
 * responder: async (message, { matches, purchases, page }) => {
 *   const res = await fetch('/api/kikubari-responder', { method: 'POST', body: JSON.stringify({ message, matches, purchases, page }) });
 *   return res.json(); // { text: 'Press the lid button until it clicks.', sources: ['3002'] }
 * }
 */
export interface ResponderContext extends ContextCard {
  /** The page the visitor is on, with the product it is about (JSON-LD) when known. */
  page: ContextCard['page'] & { product?: ProductRef };
  /**
   * The best articles for the message (at most 3, in the visitor's language, the page they are on
   * left out, their purchases first), each with its best passage. Empty without `articles` in the
   * config, when nothing matches, or when the articles could not be loaded.
   */
  matches: ResponderArticle[];
}

/**
 * A reply from a site's own bot or LLM backend: a string, or `{ text, sources?, articles? }`.
 * `text` is shown as text (never HTML). `sources` are article ids (from `matches`, or any article
 * of the index) shown as links under the reply, at most 3; unknown ids are ignored. `articles` are
 * shown as articles to open in the panel, at most 3.
 */
export type ResponderReply = string | { text: string; sources?: string[]; articles?: Article[] };
/** A site's own bot or LLM backend for free text: `config.responder`. It has 15 s to answer. */
export type Responder = (message: string, context: ResponderContext) => Promise<ResponderReply>;

/** Where articles come from. */
export type ArticleSource =
  | string /* URL of a JSON index */
  | Article[]
  | ((query: string, context: { products: string[]; locale: string }) => Promise<Article[]>)
  | { search: string /* URL template with {query} and {locale} */ };

export interface Theme {
  preset?: 'light' | 'dark' | 'auto';
  accent?: string;
  /** Corner radius of the cards and every control: a CSS length, or a number of pixels (`8` is `'8px'`). Unset: 14px cards, pill buttons. */
  radius?: string | number;
  font?: string;
  position?: 'bottom-right' | 'bottom-left';
  /** Distance from the side of the window: a CSS length, or pixels. Default 20. */
  offsetX?: string | number;
  /** Distance from the bottom of the window: a CSS length, or pixels. Default 20. */
  offsetY?: string | number;
  zIndex?: number;
  density?: 'comfortable' | 'compact';
  launcherIcon?: 'chat' | 'help' | 'spark';
  title?: string;
  avatar?: string;
  /** Any other `--kikubari-*` custom property, e.g. `{ '--kikubari-surface': '#fff' }`. */
  vars?: Record<string, string>;
}

/** Configuration for {@link createKikubari}. Every field is optional; unknown fields are rejected. */
export interface KikubariConfig {
  /** Articles: a JSON index URL, an inline array, a function, or `{ search: urlTemplate }`. */
  articles?: ArticleSource;
  /** Site offers, evaluated alongside the default offer. */
  offers?: OfferConfig[];
  /** `false` turns the built-in "recent purchase" offer off. Default `true`. */
  defaultOffer?: boolean;
  /** `false` turns every proactive offer off (the launcher still works). Default `true`. */
  proactive?: boolean;
  /** Show the launcher button. Default `true`. */
  launcher?: boolean;
  /** Visitor locale; default `<html lang>`, then the browser. */
  locale?: Locale;
  /** Default `'granted'`; use `'pending'` until your consent banner says yes. */
  consent?: Consent;
  /** Honour `navigator.globalPrivacyControl` as `denied`. Default `true`. */
  respectGlobalPrivacyControl?: boolean;
  /** Days records are kept. Default 90. */
  retentionDays?: number;
  /** Seconds after the last input that still count as engaged. Default 30. */
  engagedWindowSeconds?: number;
  /** URL globs per page type; they win over JSON-LD and URL shapes. */
  pageTypes?: Partial<Record<PageType, string[]>>;
  /** CSS selector of the site's KB search box; each search submitted counts as a KB search. */
  searchSelector?: string;
  /** Read GA4 `dataLayer` `purchase` events. Default `true`. */
  readDataLayer?: boolean;
  /** Push `kikubari_*` events to `dataLayer`. Default `false`. */
  pushDataLayer?: boolean;
  /** POST batched events with `navigator.sendBeacon` to this URL. Default none. */
  beaconUrl?: string;
  etiquette?: Partial<Etiquette>;
  /** Share of visitors (0..1) held out as a control group. Default 0. */
  holdout?: number;
  scoreWeights?: Partial<ScoreWeights>;
  handoff?: HandoffConfig;
  responder?: Responder;
  theme?: Theme;
  /** Override any widget string, per locale: `{ ja: { launcher: '…' } }`. */
  strings?: Record<string, Record<string, string>>;
  /** Show the debug overlay (also `?kikubari-debug` in the URL). */
  debug?: boolean;
}

/** The "customer info card" handed to a person or a responder. */
export interface ContextCard {
  visitorId?: string;
  customerId?: string;
  locale: string;
  page: { url: string; title: string; type: PageType };
  purchases: StoredOrder[];
  recentPages: { url: string; title: string; type: PageType; at: number }[];
  offers: { id: string; outcome: string; at: number }[];
  /**
   * Every article shown in the panel (`shown`), opened (`opened`, also on earlier pages) and voted
   * on (`helpful`), in that order: first the ones shown, then others opened.
   */
  articles: { id: string; title?: string; url?: string; shown?: boolean; opened?: boolean; helpful?: boolean; at: number }[];
  /** What the visitor typed in the panel (or `open({ query })` asked), oldest first. Not stored: this page only. */
  typed: string[];
  /** The offer the visitor accepted to open the panel, with the reasons they were shown. */
  accepted?: { id: string; message: string; reasons: string[] };
  /** The answers they got: a passage quoted from an article (`articleId`), or the responder's reply. */
  answers: { text: string; articleId?: string }[];
  /** The visitor's email, when they left a message (nobody was there to talk to). */
  email?: string;
  /**
   * The card as plain text, ready for a form field or a chat message: what the visitor typed, the
   * answers, the accepted offer and why, the articles, the page, purchases, recent pages. After a hand-off
   * or a message it is the text the visitor saw, as they edited it.
   */
  text: string;
}

export interface ConditionResult {
  name: string;
  pass: boolean;
  detail: string;
}

export interface OfferInspection {
  id: string;
  eligible: boolean;
  score?: number;
  conditions: ConditionResult[];
  reasons: string[];
}

/** The page as `inspect()` shows it: its reading facts are absent where the engine is off. */
export interface PageBase {
  type: PageType;
  url: string;
  title: string;
  heading?: string;
  product?: ProductRef;
  engagedMs: number;
  visibleMs: number;
  idleMs: number;
  rageClicks: number;
  copies: number;
}

/** What the visitor did with the page's content (absent from `inspect()` where the engine is off). */
export interface ReadingFacts {
  /** Furthest share of the main content (`article`, else `main`, else the body) seen, 0..1. */
  scrollDepth: number;
  /** Times the visitor scrolled back up over at least half a screen of what they had read. */
  rereads: number;
  /** The visitor looked about to leave (see README, "Exit intent"); once per page view. */
  exitIntent: boolean;
}

export interface SessionSnapshot {
  pageViews: number;
  helpPagesViewed: number;
  backAndForth: number;
  kbSearches: number;
  events: Record<string, number>;
}

/**
 * The visitor across visits, on this device (absent from `inspect()` where the engine is off).
 * A visit is counted once the visitor sees one of its pages: a page opened in a background tab
 * counts when it is first shown.
 */
export interface VisitorSnapshot {
  /** Visits in the last 30 days, this one included (a visit ends after 30 minutes without a page view). */
  visits: number;
  /** Calendar days since the first visit still within `retentionDays` (0 on the first day). */
  firstSeenDays: number;
  /** Days in the last 30, today included, on which the visitor saw a help page. */
  helpPagesViewedDays: number;
}

/** The page as the engine sees it. */
export interface PageSnapshot extends PageBase, ReadingFacts {}

/** What the debug overlay shows; returned by `inspect()`. */
export interface Inspection {
  page: PageBase & Partial<ReadingFacts>;
  session: SessionSnapshot;
  /** Visits in the last 30 days and since when (see README "Returning visitors"). */
  visitor?: VisitorSnapshot;
  consent: Consent;
  storage: 'indexeddb' | 'memory';
  purchases: StoredOrder[];
  offers: OfferInspection[];
  score: number;
  locale: string;
  holdout: boolean;
  /**
   * `on` when the pipeline (signals, store, engine) runs on this page; `off` when kikubari has
   * nothing to do for this visitor here (no recent purchase, no site offers), and only the
   * always-loaded script runs. Calling a method such as `open()` or `purchase()` turns it on.
   */
  engine: 'on' | 'off';
}

/** An offer the engine decided to make. */
/** A sign that made the engine decide, as a stable code (see `ReasonFact`). */
export type ReasonCode = 'kb' | 'product' | 'page' | 'bought0' | 'bought1' | 'bought' | 'help' | 'back' | 'search' | 'rage' | 'reread' | 'exit' | 'depth' | 'return' | 'days';
/** One reason as data: its code and the values its sentence names, e.g. `['bought', { product: 'Aero Kettle', n: '3' }]`. */
export type ReasonFact = [code: ReasonCode, values?: Record<string, string>];

export interface OfferDecision {
  offerId: string;
  message: string;
  /** Why, in the visitor's language: what "Why am I seeing this?" shows. */
  reasons: string[];
  /** Why, as data in any language: one `[code, values]` per reason, in the same order as `reasons`. */
  why: ReasonFact[];
  topics: string[];
  product?: ProductRef;
  score: number;
  /** The variant this visitor gets (`offers[i].variants`), or `null` when the offer has none. */
  variant?: string | null;
  /** A random id for this decision; every outcome event that follows from it names it. */
  decisionId?: string;
  /** Whether the offer was made (`offered`) or withheld from a control-group visitor (`held-out`). */
  group?: 'offered' | 'held-out';
}

export interface EventMap {
  'offer:shown': OfferDecision;
  'offer:accepted': OfferDecision;
  'offer:dismissed': OfferDecision & { forever?: boolean };
  'offer:held-out': OfferDecision;
  'article:opened': { articleId: string; title: string; url: string };
  'article:voted': { articleId: string; helpful: boolean };
  /** The visitor said yes to "Did this solve it?" after an article or an answer. */
  'conversation:resolved': { by: 'article' | 'answer' | 'responder'; articleId?: string };
  handoff: { adapter: HandoffType; context: ContextCard };
  /** The visitor's answer to the optional rating after a resolution or a hand-off: 1 (poor) to 5 (great). */
  csat: { rating: number };
  'chat:opened': { source: 'launcher' | 'offer' | 'api' };
  'chat:closed': Record<string, never>;
  /** The site's own `track(name)`; `track('contact')` marks a contact made outside the widget. */
  track: { name: string };
  error: { code: string; message: string };
}
export type EventName = keyof EventMap;
export type Handler<E extends EventName> = (payload: EventMap[E]) => void;

/** The instance returned by {@link createKikubari}. */
export interface Kikubari {
  /** Record an order; resolves once it is committed (or kept in memory without consent). */
  purchase(order: Order): Promise<void>;
  /** Tell kikubari who the visitor is, with their orders from a server render. */
  identify(user: { id?: string; purchases?: Order[] }): Promise<void>;
  /** Record a custom event, e.g. `track('kb_search', { query })`. */
  track(name: string, props?: Record<string, unknown>): void;
  /** Subscribe; returns the unsubscribe function. */
  on<E extends EventName>(event: E, handler: Handler<E>): () => void;
  off<E extends EventName>(event: E, handler: Handler<E>): void;
  /** Open the chat panel, optionally with a question. */
  open(options?: { query?: string }): Promise<void>;
  close(): void;
  /** The customer info card. */
  context(): Promise<ContextCard>;
  setConsent(consent: Consent): void;
  /** Erase everything kikubari stored, in every tab. */
  forget(): Promise<void>;
  inspect(): Inspection;
  destroy(): void;
}
