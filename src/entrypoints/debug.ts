/**
 * The debug overlay's chunk (`dist/debug.mjs`): loaded by the widget chunk only when debug is on
 * (`debug: true`, `?kikubari-debug`), so no visitor's page carries it. No Preact inside: it draws
 * with the widget's.
 */
export { debugView, DEBUG_CSS } from '../widget/debugView';
