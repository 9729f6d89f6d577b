import { nanoid } from 'nanoid';
import { errorText } from '../lib/errorText';
import type { Chunks, CoreToPipeline, PurchaseSource } from '../seams';
import type { PageType, ProductRef, StoredOrder, VisitorSnapshot } from '../types';
import { writeHint } from './hint';
import { checkUser, ingest as toOrders } from './ingest';
import { purchaseBlocks } from './purchaseSources';
import { DEFAULT_RETENTION_DAYS, type Interaction } from './records';
import { offerHistory, type OfferHistory, type VisitSnapshot, createVisit } from './session';
import { createContextStore } from './store';
import { visitorFacts } from './visitorFacts';

/** The context at one instant, as the engine reads it. */
export interface ContextSnapshot extends OfferHistory {
  session: VisitSnapshot;
  /** The visitor across visits: visits in the last 30 days, since when, days with help pages. */
  visitor: VisitorSnapshot;
  /** The stored random visitor id: it picks the message variant (`engine/variant.ts`). */
  visitorId: string;
  /** Purchases the engine may use: empty unless consent is granted. */
  purchases: StoredOrder[];
}

/** A page view, as the context keeps it. */
export interface PageSeen {
  url: string;
  title: string;
  type: PageType;
  product?: ProductRef;
}

/**
 * The visitor's context on their device: purchases from every source (validated, staged in the
 * outbox until stored), page views, interactions, the visit and the visitor's random id — under
 * consent and retention. One object for the pipeline to hold; its parts are the store, the visit
 * and the ingestion of purchases.
 */
export interface Context {
  /** Settles once stored context is loaded (or memory mode) and the visitor's id is known. Never rejects. */
  readonly ready: Promise<void>;
  storage(): 'indexeddb' | 'memory';
  /** Validate, store and unstage a purchase payload (`id` from the outbox). */
  ingest(source: PurchaseSource, payload: unknown, id: string, at?: number): Promise<void>;
  identify(user: unknown): Promise<void>;
  /** A new page view: counted in the visit, kept, and its purchase blocks (and staged payloads, at start) stored. */
  pageViewed(page: PageSeen): void;
  /** The page is shown: a page view it was loaded with in a background tab is kept now. */
  shown(): void;
  tracked(name: string): Promise<void>;
  /** Something the visitor did with kikubari. */
  record(interaction: Omit<Interaction, 'at'>): void;
  takeOfferSlot(perSession: number): Promise<boolean>;
  purchases(): StoredOrder[];
  snapshot(now: number, dismissDays: number): ContextSnapshot;
  visitorId(): string;
  /** What the customer info card is built from, once stored context is loaded (the widget chunk builds it). */
  card(page: PageSeen): Promise<Parameters<Chunks['widget']['buildCard']>>;
  consentChanged(): void;
  forget(): Promise<void>;
  /** Something changed (another tab wrote, storage fell back): re-decide. */
  onChange(callback: () => void): void;
  close(): void;
}

export function createContext({ win, cfg, locale, outbox, consent, logger }: CoreToPipeline): Context {
  const granted = () => consent() == 'granted';
  const store = createContextStore(win, granted(), cfg.retentionDays || DEFAULT_RETENTION_DAYS, logger);
  const { records } = store;
  const visit = createVisit(store);
  const purchases = () => (granted() ? records.purchases : []);
  const visitorId = () => (records.visitor && records.visitor.id) || '';
  /** The always-loaded part's hint: when the newest purchase was made (it decides whether to load the pipeline). */
  const hint = () => granted() && writeHint(win, records.purchases[0] && records.purchases[0].purchasedAt);

  const ingest = async (source: PurchaseSource, payload: unknown, id: string, at = Date.now()) => {
    let orders;
    try {
      // An order without a date was bought when it arrived (which may be a page ago).
      orders = toOrders(source, payload, at);
    } catch (e) {
      outbox.unstage(id); // invalid: never to be stored
      throw e;
    }
    await store.addOrders(orders);
    // Still staged if the write did not make it (IndexedDB failed, or the page is going away):
    // the next page stores it.
    if (store.mode() == 'indexeddb') outbox.unstage(id);
    hint();
  };
  /**
   * A page view is kept once the visitor sees the page (and as of then): one opened in a
   * background tab is not a page they read, nor a visit, until it is shown.
   */
  let unseen: PageSeen | undefined;
  const keep = () => {
    if (!unseen || win.document.hidden) return;
    const { url, title, type, product } = unseen;
    unseen = undefined;
    void store.add('g', { url, title, type, product, at: Date.now() });
  };
  const notice = (source: PurchaseSource, payload: unknown, id = outbox.stage(source, payload), at?: number) =>
    void ingest(source, payload, id, at).catch((e) => logger.warn('bad-purchase', errorText(e)));

  const visitorKnown = store.update('u', (v) => v || { id: nanoid() });
  const ready = store.ready.then(() => {
    // Payloads a previous page staged but could not finish storing.
    outbox.staged().forEach(([source, payload, id, at]) => notice(source as PurchaseSource, payload, id, at));
    hint();
    return visitorKnown;
  });

  return {
    ready,
    storage: () => (granted() ? store.mode() : 'memory'),
    ingest,
    async identify(user) {
      const { id, purchases: orders } = checkUser(user, 'identify');
      if (id) await store.update('u', (v) => ({ ...(v || { id: nanoid() }), customerId: id }));
      if (orders !== undefined) await ingest('identify.purchases', orders, outbox.stage('identify.purchases', orders));
    },
    pageViewed(page) {
      void visit.pageViewed(page);
      unseen = page;
      keep();
      purchaseBlocks(win.document).forEach((block) => notice('data-kikubari-purchase', block));
    },
    shown: keep,
    tracked: visit.tracked,
    record: (i) => void store.add('i', { ...i, at: Date.now() }),
    takeOfferSlot: visit.takeOfferSlot,
    purchases,
    snapshot: (now, dismissDays) => ({ session: visit.snapshot(now), visitor: visitorFacts(records.pages, now), visitorId: visitorId(), purchases: purchases(), ...offerHistory(records.interactions, now, dismissDays) }),
    visitorId,
    async card(page) {
      await store.ready;
      return [records, page, locale, granted()];
    },
    consentChanged() {
      if (!granted()) writeHint(win, 0);
      void store.persist(granted()).then(hint);
    },
    async forget() {
      writeHint(win, 0);
      outbox.clear();
      await store.forget();
    },
    onChange: store.onChange,
    close: store.close,
  };
}
