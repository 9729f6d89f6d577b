import { describe, expect, it } from 'vitest';
import { checkThemeVars, THEME_VARS } from '../../../src/widget/checkThemeVars';
import { WIDGET_CSS } from '../../../src/widget/styles';

const warnings = (vars: Record<string, string>) => {
  const out: [string, string][] = [];
  checkThemeVars(vars, (code, message) => out.push([code, message]));
  return out;
};

describe('checkThemeVars', () => {
  it('says nothing about the names the stylesheet reads', () => {
    expect(warnings(Object.fromEntries(THEME_VARS.map((n) => ['--kikubari-' + n, '1'])))).toEqual([]);
  });

  it('reports a misspelt name with the nearest one, all in one warning', () => {
    expect(warnings({ '--kikubari-acent': 'green', '--kikubari-link': '#2f6f4f', '--kikubari-sparkle': '1' })).toEqual([
      ['theme-vars', 'theme.vars: "--kikubari-acent" is not a property kikubari reads (did you mean "--kikubari-accent"?); "--kikubari-sparkle" is not a property kikubari reads. See README "Theming" for the list.'],
    ]);
  });

  it('lists exactly the --kikubari-* names the widget stylesheet reads (besides the launcher’s z)', () => {
    const read = new Set([...WIDGET_CSS.matchAll(/var\(--kikubari-([a-z-]+)/g)].map((m) => m[1]));
    expect([...read].sort()).toEqual(THEME_VARS.filter((n) => n != 'z').sort());
  });
});
