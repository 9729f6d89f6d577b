/**
 * An address a reply can be sent to: something@domain.tld, no spaces. Deliberately loose (RFC 5322
 * allows more than any form should reject); it catches the typos that lose a reply.
 */
export const isEmail = (s: string) => /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(s);
