import { either, record, str, type Check } from '../lib/check';
import type { LocalText } from '../types';

/** Words shown to the visitor: one string, or one per locale. */
export const localText: Check<LocalText> = either<LocalText>('a string or an object of strings per locale, e.g. { en: "…", ja: "…" }', str(500), record(str(500)));
