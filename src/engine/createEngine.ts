import { nanoid } from 'nanoid';
import type { ContextSnapshot } from '../context/createContext';
import type { SignalsSnapshot } from '../signals/watchSignals';
import type { Etiquette, KikubariConfig, OfferDecision } from '../types';
import { checkOffers } from './checkOffers';
import { DEFAULT_OFFER } from './defaultOffer';
import type { EngineInput } from './EngineInput';
import { DEFAULT_ETIQUETTE, decide, evaluate, type Evaluation } from './evaluate';
import { findOwned } from './findOwned';
import { inHoldout } from './holdout';
import { DEFAULT_WEIGHTS, stuckScore } from './score';

/**
 * The debug overlay's "show now": the offer's own conditions are skipped, and so is the etiquette
 * that would stop a developer trying it twice (one per visit, the daily cap, the quiet start, typing,
 * checkout pages). Dismissal cooldowns still apply: they are the visitor's own wish.
 */
const DEBUG_ETIQUETTE: Partial<Etiquette> = { perSession: Infinity, dailyCap: Infinity, quietStartSeconds: 0, typingQuietSeconds: 0, neverOn: [] };

/** The engine, set up from the site's config: pure decisions from one input at a time. */
export interface Engine {
  /** The etiquette in force (defaults with the site's overrides). */
  rules: Etiquette;
  /**
   * Signals and context at one instant → the engine's input, with the purchase this page is about
   * and the stuck score. `indexed`: the SKUs the article index ties this page to (its article for
   * this URL), standing in for a JSON-LD product where the page has none.
   */
  input(signals: SignalsSnapshot, context: ContextSnapshot, now: number, indexed?: string[]): EngineInput;
  /** Every offer checked; the one to make now (if any) as a complete decision, reasons included. */
  evaluate(x: EngineInput): Evaluation;
  /** The debug overlay's decision to show `offerId` now, whatever its conditions. */
  force(offerId: string, x: EngineInput): OfferDecision | undefined;
  /** Give a decision about to be acted on its id and the visitor's group (the control group sees nothing; a forced offer has no visitor). */
  assign(decision: OfferDecision, visitorId: string): void;
  /** Is this visitor in the control group (`holdout`)? */
  heldOut(visitorId: string): boolean;
}

/**
 * @throws KikubariConfigError naming the field when a site offer is invalid — first, before any
 *   other stage starts, so an invalid offer leaves the whole instance inert.
 */
export function createEngine(cfg: KikubariConfig, locale: string): Engine {
  const offers = (cfg.defaultOffer === false ? [] : [DEFAULT_OFFER]).concat(checkOffers(cfg.offers));
  const rules = { ...DEFAULT_ETIQUETTE, ...cfg.etiquette };
  const weights = { ...DEFAULT_WEIGHTS, ...cfg.scoreWeights };
  const heldOut = (visitorId: string) => !!cfg.holdout && inHoldout(visitorId, cfg.holdout);
  return {
    rules,
    input(signals, context, now, indexed = []) {
      const x: EngineInput = { ...signals, ...context, now, date: new Date(now), locale, owned: findOwned(signals.page, context.purchases, indexed), score: 0 };
      // A page the index says is about a product not bought is about another product, as with JSON-LD.
      if (indexed[0] && !x.page.product) x.page = { ...x.page, product: { sku: indexed[0] } };
      x.score = stuckScore(x, weights);
      return x;
    },
    evaluate: (x) => evaluate(offers, x, rules),
    force(offerId, x) {
      const o = offers.find((o) => o.id == offerId);
      const r = o && evaluate([{ ...o, when: {}, cap: undefined, enabled: true }], x, { ...rules, ...DEBUG_ETIQUETTE });
      return r && r.decision && decide(o!, Object.keys(o!.when), x);
    },
    assign(d, visitorId) {
      d.decisionId = nanoid();
      d.group = visitorId && heldOut(visitorId) ? 'held-out' : 'offered';
    },
    heldOut,
  };
}
