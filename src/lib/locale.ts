/** `"ja-JP"` → `"ja"`: the language part of a locale, lower-cased. */
export const lang = (locale: string) => locale.toLowerCase().split(/[-_]/)[0]!;

/** Languages written right to left: the launcher moves to the left and the widget mirrors. */
export const isRtl = (locale: string) => /^(ar|he|fa|ur|yi|ps|sd|ug)$/.test(lang(locale));
