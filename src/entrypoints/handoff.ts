/**
 * The hand-off chunk (`dist/handoff.mjs`): the vendor adapters, the "is anyone there?" check, the
 * hand-off step, and the customer info card with its text in the widget's languages. Loaded by the
 * widget chunk when the panel opens with an availability rule (to say "Talk to a person" or "Leave
 * a message"), when the visitor asks for a person, and for the card (`context()`, a responder's
 * question).
 */
export { showStep, sendStep, askAway } from '../widget/handoff/handoffStep';
export { cardWithText } from '../widget/handoff/cardText';
