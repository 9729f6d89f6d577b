import { lang } from '../lib/locale';

/**
 * The language to search in for what the visitor typed: Japanese when the question is written in
 * kana (or Han characters on a page that is not Chinese), whatever the page's language — a
 * visitor who asks 返品したい on an English page reads Japanese — else the page's locale.
 *
 * @example
 * queryLocale('返品したい', 'en') // 'ja'
 */
export function queryLocale(query: string, locale: string): string {
  const l = lang(locale);
  return l != 'ja' && (/[\u3040-\u30ff]/.test(query) || (l != 'zh' && /[\u4e00-\u9fff]/.test(query))) ? 'ja' : locale;
}
