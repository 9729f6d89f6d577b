/**
 * The hand-off chunk (`dist/handoff.mjs`): the vendor adapters and the "is anyone there?" check.
 * Loaded by the widget chunk only where a hand-off is configured, when the panel opens (to say
 * "Talk to a person" or "Leave a message") or when the visitor asks for a person.
 */
export { runHandoff } from '../widget/handoff/runHandoff';
export { checkAway } from '../widget/handoff/checkAway';
export { SendForm, HANDOFF_CSS } from '../widget/handoff/SendForm';
export { showStep, sendStep } from '../widget/handoff/handoffStep';
