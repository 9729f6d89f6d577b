import { lang } from '../lib/locale';
import type { LocalText } from '../types';

export { lang };

/** Pick the variant for `locale`: exact, then its language, then English, then any. */
export function pick(text: LocalText, locale: string): string {
  if (typeof text == 'string') return text;
  return text[locale] ?? text[lang(locale)] ?? text.en ?? Object.values(text)[0] ?? '';
}

/**
 * Fill a message template. `{name}` is replaced by `vars[name]`; `[with|without]` keeps the
 * first branch when every placeholder in it has a value, else the second (or nothing):
 * `"Questions about your recent purchase[ of {product}]?"`.
 */
export function fill(template: string, vars: Record<string, string | undefined>): string {
  // Own values only: `{constructor}` must not print the prototype's native code.
  const get = (k: string) => ({}).hasOwnProperty.call(vars, k) && typeof vars[k] == 'string' ? vars[k] : '';
  const sub = (t: string) => t.replace(/\{(\w+)\}/g, (_, k) => get(k));
  return sub(
    template.replace(/\[([^\]|]*)(?:\|([^\]]*))?\]/g, (_, yes: string, no = '') =>
      (yes.match(/\{\w+\}/g) || []).every((m) => get(m.slice(1, -1))) ? yes : no,
    ),
  );
}
