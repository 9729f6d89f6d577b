import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../../src/config/checkLinks';
import { checkHandoff } from '../../../src/config/checkHandoff';
import { validateConfig } from '../../../src/config/validateConfig';
import { checkOffers } from '../../../src/engine/checkOffers';
import { checkInlineArticles } from '../../../src/config/checkInlineArticles';
import { KikubariConfigError, KikubariError } from '../../../src/lib/KikubariError';

/** What `createKikubari` checks: the config, then each offer's conditions and inline articles. */
const error = (config: unknown) => {
  try {
    const cfg = validateConfig(config);
    checkOffers(cfg.offers);
    checkInlineArticles(cfg);
  } catch (e) {
    return e as KikubariConfigError;
  }
  throw new Error('expected a KikubariConfigError');
};

describe('config validation', () => {
  it('accepts an empty config and a full one', () => {
    expect(validateConfig({})).toEqual({});
    const full = {
      articles: '/kb-index.json',
      offers: [{ id: 'stuck', when: { page: ['kb'], score: 0.7 }, message: { en: 'Need a hand?', ja: 'お困りですか？' }, topics: ['setup'], priority: 2, cap: 3 }],
      locale: 'ja',
      consent: 'pending',
      retentionDays: 30,
      pageTypes: { kb: ['/support/**'], checkout: ['/pay/*'] },
      etiquette: { perSession: 2, neverOn: ['checkout'] },
      holdout: 0.1,
      handoff: { type: 'url', url: 'mailto:help@example.com' },
      theme: { preset: 'dark', position: 'bottom-left', zIndex: 10 },
    } as const;
    expect(validateConfig(full)).toEqual(full);
  });

  it('names a bad inline article at init; a very large array is left to the search', () => {
    const good = { id: 'a1', title: 'Descale', url: '/hc/a1' };
    const e = error({ articles: [good, { ...good, id: 'a2', url: 'javascript:alert(1)' }] });
    expect(e).toBeInstanceOf(KikubariConfigError);
    expect(e.message).toBe('kikubari: config.articles[1].url must be an http(s) or relative URL (got "javascript:alert(1)")');
    expect(e.field).toBe('config.articles[1].url');
    const many = Array.from({ length: 1001 }, (_, i) => ({ ...good, id: 'a' + i }));
    many[500] = { ...good, id: '' };
    expect(() => checkInlineArticles(validateConfig({ articles: many }))).not.toThrow();
  });

  it('names an unknown key and suggests the nearest one', () => {
    const e = error({ ofers: [] });
    expect(e).toBeInstanceOf(KikubariConfigError);
    expect(e.message).toBe('kikubari: config.ofers is not an option; did you mean "offers"?');
    expect(e.field).toBe('config.ofers');
  });

  it('names a nested field with the wrong type and what was given', () => {
    expect(error({ offers: [{ id: 'a', when: { idleSeconds: '15' }, message: 'Hi' }] }).message).toBe(
      'kikubari: config.offers[0].when.idleSeconds must be a number ≥ 0 (got "15")',
    );
    expect(error({ retentionDays: 0 }).message).toBe('kikubari: config.retentionDays must be a number from 1 to 3650 (got 0)');
    expect(error({ theme: { position: 'top-right' } }).message).toContain('config.theme.position must be one of "bottom-right", "bottom-left"');
  });

  it('rejects an unknown offer condition with a suggestion', () => {
    expect(error({ offers: [{ id: 'a', when: { idleSecond: 5 }, message: 'Hi' }] }).message).toBe(
      'kikubari: config.offers[0].when.idleSecond is not an option; did you mean "idleSeconds"?',
    );
  });

  it('rejects bad globs, duplicate offer ids and missing required fields', () => {
    expect(error({ pageTypes: { kb: ['help/*'] } }).message).toContain('config.pageTypes.kb[0] must be a path starting with "/"');
    expect(error({ offers: [{ id: 'a', when: {}, message: 'x' }, { id: 'a', when: {}, message: 'y' }] }).message).toContain('config.offers[1].id must be unique');
    expect(error({ offers: [{ id: 'a', when: {} }] }).message).toBe('kikubari: config.offers[0].message must be given');
    // The hand-off's fields are checked where it is used (createKikubari runs checkHandoff; so does the widget).
    expect(() => checkHandoff(validateConfig({ handoff: { type: 'url' } }))).toThrow('config.handoff.url must be given');
    expect(() => checkHandoff(validateConfig({ handoff: { type: 'url', url: '/c', businessHours: { timeZone: 'Tokyo' } } }))).toThrow(
      'config.handoff.businessHours.timeZone must be an IANA time zone like "Asia/Tokyo"',
    );
    expect(() => checkHandoff(validateConfig({ handoff: { type: 'url', url: '/c', available: true } as any }))).toThrow('config.handoff.available must be a function');
    expect(error({ handoff: 'mailto:help@example.com' }).message).toContain('config.handoff must be an object');
  });

  it('rejects a search-box selector the browser cannot parse', () => {
    expect(error({ searchSelector: '.kb-search input[' }).message).toBe('kikubari: config.searchSelector must be a valid CSS selector (got ".kb-search input[")');
    expect(() => validateConfig({ searchSelector: '.kb-search input' })).not.toThrow();
  });

  it('rejects a time zone that does not exist', () => {
    expect(error({ offers: [{ id: 'a', when: { businessHours: { open: true, timeZone: 'Mars/Olympus' } }, message: 'x' }] }).message).toContain('IANA time zone');
  });

  it('rejects a config that is not an object', () => {
    expect(error('articles.json').message).toBe('kikubari: config must be an object (got "articles.json")');
  });
});

describe('error classes', () => {
  it('recognise errors thrown by another copy of the class (each lazy chunk bundles its own)', () => {
    const foreign = Object.assign(new Error('kikubari: order.orderId must be given'), { name: 'KikubariError' });
    const foreignConfig = Object.assign(new Error('kikubari: config.x'), { name: 'KikubariConfigError' });
    expect(foreign instanceof KikubariError).toBe(true);
    expect(foreign instanceof KikubariConfigError).toBe(false);
    expect(foreignConfig instanceof KikubariError && foreignConfig instanceof KikubariConfigError).toBe(true);
    expect(new Error('x') instanceof KikubariError).toBe(false);
  });
});

describe('offer variants in config', () => {
  const err = (offers: unknown) => error({ offers }).message;
  it('accepts variants, and lets them stand in for the message', () => {
    const c = checkOffers(validateConfig({ offers: [{ id: 'a', when: {}, variants: [{ id: 'x', message: 'X' }, { id: 'y', message: { en: 'Y' }, weight: 3 }] }] }).offers);
    expect(c[0]).toMatchObject({ message: 'X', variants: [{ id: 'x' }, { id: 'y', weight: 3 }] });
  });
  it('names the bad variant field', () => {
    expect(err([{ id: 'a', when: {}, variants: [{ id: 'x', message: 'X' }, { id: 'y', message: 'Y', weight: -1 }] }])).toBe('kikubari: config.offers[0].variants[1].weight must be a number from 0 to 1000000 (got -1)');
    expect(err([{ id: 'a', when: {}, variants: [{ id: 'x' }] }])).toBe('kikubari: config.offers[0].variants[0].message must be given');
    expect(err([{ id: 'a', when: {}, variants: [{ id: 'x', message: 'X' }, { id: 'x', message: 'Y' }] }])).toContain('config.offers[0].variants[1].id must be unique');
    expect(err([{ id: 'a', when: {}, variants: [{ id: 'x', message: 'X', weight: 0 }] }])).toContain('config.offers[0].variants[0].weight must be above 0');
    expect(err([{ id: 'a', when: {}, variants: [{ id: 'x', message: 'X', wieght: 2 }] }])).toContain('config.offers[0].variants[0].wieght is not an option; did you mean "weight"?');
    expect(err([{ id: 'a', when: {}, variants: [] }])).toContain('config.offers[0].variants must be an array');
  });
});
