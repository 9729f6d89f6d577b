import { cut, wellFormed } from '../../lib/cut';
import type { ContextCard, HandoffConfig } from '../../types';

/** Longest URL we build: mail clients and some servers cut longer ones. */
export const MAX_URL = 2000;

/**
 * The hand-off URL with the card as text: in place of `{context}`, else as the `body` of a
 * `mailto:`, else as a `context` query parameter — trimmed so the whole URL stays within
 * {@link MAX_URL} characters.
 */
export function handoffUrl(card: ContextCard, template: string): string {
  const placeholder = template.includes('{context}');
  const withText = (text: string) => {
    // A lone surrogate (a page's own broken title) would make encodeURIComponent throw.
    const value = encodeURIComponent(wellFormed(text));
    if (placeholder) return template.replace('{context}', value);
    const sep = template.includes('?') ? '&' : '?';
    return template + sep + (template.startsWith('mailto:') ? 'body=' : 'context=') + value;
  };
  let text = card.text;
  while (text && withText(text).length > MAX_URL) {
    const shorter = cut(text, Math.floor(text.length * 0.9) - 1).replace(/\s*\S*$/, '');
    // Nothing left that fits (a very long template): the URL goes without the card.
    text = shorter ? shorter + '…' : '';
  }
  return withText(text);
}

/** Open the contact form or mail client with the context prefilled. */
export function url(card: ContextCard, config: HandoffConfig, win: Window): void {
  win.location.assign(handoffUrl(card, config.url!));
}
