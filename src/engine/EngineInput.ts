import type { ContextSnapshot } from '../context/createContext';
import type { SignalsSnapshot } from '../signals/watchSignals';
import type { OrderItem, StoredOrder } from '../types';

/**
 * Everything the engine decides from: the signals and the context at one instant, with what the
 * engine works out from them (the purchase this page is about, the stuck score). The engine is
 * pure: the same input gives the same decision. A new signal or context fact arrives here by
 * being added to `SignalsSnapshot` or `ContextSnapshot`.
 */
export interface EngineInput extends SignalsSnapshot, ContextSnapshot {
  /** Epoch ms. */
  now: number;
  /** Local time (the visitor's clock). */
  date: Date;
  locale: string;
  /** The purchased item this page is about, if any. */
  owned?: { item: OrderItem; order: StoredOrder };
  /** The stuck score, 0..1 (see score.ts). */
  score: number;
}
