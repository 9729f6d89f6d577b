import type { BuildCard } from '../seams';
import { handoffChunk } from './conversation';

/**
 * The customer info card with its text: what `context()` returns, and what a responder and a
 * hand-off get. Built by the hand-off chunk (`widget/handoff/cardText.ts`), which holds the
 * labels in every language the widget has: neither would fit the widget chunk's budget.
 */
export const cardWithText: BuildCard = (...args) => handoffChunk().then((m) => m.cardWithText(...args));
