/**
 * The debug overlay's chunk (`dist/debug.mjs`): loaded by the widget chunk only when debug is on
 * (`debug: true`, `?kikubari-debug`), so no visitor's page carries it. No Preact inside: it draws
 * with the widget's. It also words the warning about unknown `theme.vars` names (with a "did you
 * mean"), which only a site's developer or designer sees.
 */
export { Debug, DEBUG_CSS } from '../widget/debugView';
export { checkThemeVars } from '../widget/checkThemeVars';
