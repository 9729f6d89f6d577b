/**
 * The launcher's accessible name per language. The always-loaded part draws the launcher, so it
 * needs these two strings without the widget's whole table; the table takes its own from here.
 */
export const LAUNCHER_LABEL: Record<string, string> = { en: 'Open help', ja: 'ヘルプを開く' };
