import type { OrderItem, PageSnapshot, SessionSnapshot, StoredOrder } from '../types';

/**
 * Everything the engine decides from: a snapshot of the signals and the context store,
 * taken at one instant. The engine is pure: the same input gives the same decision.
 */
export interface EngineInput {
  /** Epoch ms. */
  now: number;
  /** Local time (the visitor's clock). */
  date: Date;
  page: PageSnapshot;
  session: SessionSnapshot & { startedAt: number; offers: number };
  /** Purchases the engine may use: empty unless consent is granted. */
  purchases: StoredOrder[];
  /** The purchased item this page is about, if any. */
  owned?: { item: OrderItem; order: StoredOrder };
  locale: string;
  device: 'mobile' | 'desktop';
  /** Engaged window (ms): engaged time stops accruing this long after the last input. */
  windowMs: number;
  /** Focus is in a form field on the host page. */
  typing: boolean;
  /** ms since the last keystroke in a form field. */
  sinceTypedMs: number;
  /** Offers shown or held out: per offer id, ever; and in total today. */
  shown: Record<string, number>;
  shownToday: number;
  /** The stuck score, 0..1 (see score.ts). */
  score: number;
  /** Per offer id: epoch ms until which it stays quiet (dismissed or muted). */
  quiet: Record<string, number>;
  /** The stored random visitor id: it picks the message variant (`variant.ts`). */
  visitor?: string;
}
