import { closest } from '../lib/closest';

/**
 * Every `--kikubari-*` custom property the widget and the launcher read (README "Theming").
 * Kept beside the stylesheet that reads them; a name added there is added here.
 */
export const THEME_VARS = ['accent', 'on-accent', 'bg', 'fg', 'muted', 'border', 'bubble', 'link', 'focus', 'radius', 'font', 'font-size', 'shadow', 'width', 'offset-x', 'offset-y', 'z'];

const PREFIX = '--kikubari-';

/** The names in `theme.vars` that no stylesheet reads (the widget checks this much itself; the wording is the debug chunk's). */
export const unknownThemeVars = (vars: Record<string, string> | undefined): string[] => Object.keys(vars || {}).filter((n) => !THEME_VARS.includes(n.slice(PREFIX.length)));

/**
 * Names in `theme.vars` that no stylesheet reads: a typo (`--kikubari-acent`) would otherwise be
 * accepted silently and the designer left wondering. One console warning for all of them, each
 * with a "did you mean" when one is close. Done when the widget mounts (not in the always-loaded
 * script, whose budget is spent), which is when a designer looks at what they themed.
 *
 * @example
 * checkThemeVars({ '--kikubari-acent': 'green' }, warn)
 * // kikubari: theme.vars: "--kikubari-acent" is not a property kikubari reads (did you mean "--kikubari-accent"?) [theme-vars]
 */
export function checkThemeVars(vars: Record<string, string> | undefined, warn: (code: string, message: string) => void): void {
  const unknown = unknownThemeVars(vars).map((name) => {
    const near = closest(name.slice(PREFIX.length), THEME_VARS);
    return '"' + name + '" is not a property kikubari reads' + (near ? ' (did you mean "--kikubari-' + near + '"?)' : '');
  });
  if (unknown.length) warn('theme-vars', 'theme.vars: ' + unknown.join('; ') + '. See README "Theming" for the list.');
}
