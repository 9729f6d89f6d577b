/**
 * Faults an adversarial run found on hostile host pages (issue 14), one fact each. Each test
 * failed before its fix.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOutbox } from '../../../src/context/outbox';
import { beaconSink } from '../../../src/outcomes/beaconSink';
import { validateConfig as validate } from '../../../src/config/validateConfig';
import { checkLinks } from '../../../src/config/checkLinks';

/** What `createKikubari` checks (the script tag: the loader, then the pipeline as it starts). */
const validateConfig = (c: unknown) => {
  const cfg = validate(c);
  checkOffers(cfg.offers);
  checkLinks(cfg);
  return cfg;
};
import { checkOffers } from '../../../src/engine/checkOffers';
import { stuckScore } from '../../../src/engine/score';
import { readEntries } from '../../../src/context/records';
import { fill } from '../../../src/engine/localize';
import { str } from '../../../src/lib/check';
/** The card as `context()` gives it: built, and worded with its labels, by the hand-off chunk. */
import { cardWithText as buildCard } from '../../../src/widget/handoff/cardText';
import { handoffUrl } from '../../../src/widget/handoff/url';
import { toJson } from '../../../src/lib/json';
import { makeInput } from '../engine/makeInput';

/**
 * Prototype.js 1.6's definitions: an array encodes itself (and what it holds, through
 * `Object.toJSON`) to a JSON *string*, which the native `JSON.stringify` then quotes.
 */
export function prototypeJs() {
  const toJSON = (v: any): string | undefined =>
    v === null || typeof v != 'object' ? JSON.stringify(v) : typeof v.toJSON == 'function' ? v.toJSON() : '{' + Object.keys(v).filter((k) => toJSON(v[k]) !== undefined).map((k) => JSON.stringify(k) + ': ' + toJSON(v[k])).join(', ') + '}';
  // eslint-disable-next-line no-extend-native
  (Array.prototype as any).toJSON = function (this: unknown[]) {
    return '[' + this.map((x) => toJSON(x) ?? 'null').join(', ') + ']';
  };
  return () => delete (Array.prototype as any).toJSON;
}

/** An old library's `Object.prototype.extend`, enumerable (assigned, not defined). */
function polluted() {
  // eslint-disable-next-line no-extend-native
  (Object.prototype as any).extend = function () {};
  return () => delete (Object.prototype as any).extend;
}

let undo: (() => void)[] = [];
afterEach(() => {
  undo.splice(0).forEach((f) => f());
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('a page with Prototype.js (Array.prototype.toJSON)', () => {
  it('keeps every staged order in the outbox', () => {
    undo.push(prototypeJs());
    const box = createOutbox(window, () => true);
    box.stage('order', { orderId: 'A-1', items: [{ sku: 'S', name: 'N' }] });
    box.stage('order', { orderId: 'A-2', items: [{ sku: 'S', name: 'N' }] });
    expect(box.staged().map((e) => (e[1] as any).orderId)).toEqual(['A-1', 'A-2']);
  });

  it('sends the beacon as NDJSON of plain objects, not Prototype-encoded strings', () => {
    undo.push(prototypeJs());
    const sent: string[] = [];
    (navigator as any).sendBeacon = (_: string, body: string) => sent.push(body) > 0;
    const b = beaconSink(window, '/collect');
    b.sink({ v: 1, type: 'track', at: 1, visitor: 'v', decisionId: null, offerId: null, variant: null, group: 'offered', items: [1, 2] } as never);
    b.stop();
    expect(JSON.parse(sent[0]!.trim())).toMatchObject({ type: 'track', items: [1, 2] });
  });

  it('writes JSON like the standard for plain data', () => {
    const v = { a: [1, 'x', null, true, { b: undefined, c: () => 1 }], d: new Date(0), e: NaN, f: 'é"\n😀' };
    expect(toJson(v)).toBe(JSON.stringify(v));
  });
});

describe('the hand-off URL', () => {
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x'])(
    'refuses %j as config.handoff.url',
    (url) => {
      expect(() => validateConfig({ handoff: { type: 'url', url } })).toThrow(/config\.handoff\.url must be an http\(s\), mailto: or relative URL/);
    },
  );

  it.each(['https://shop.example/contact?c={context}', 'http://x.example', 'mailto:help@shop.example', '/contact', 'contact.html?a=b:c'])('accepts %j', (url) => {
    expect(validateConfig({ handoff: { type: 'url', url } }).handoff!.url).toBe(url);
  });

  it('refuses javascript: as the beacon URL and the article index URL too', () => {
    expect(() => validateConfig({ beaconUrl: 'javascript:x' })).toThrow(/config\.beaconUrl/);
    expect(() => validateConfig({ articles: 'javascript:x' })).toThrow(/config\.articles/);
    expect(() => validateConfig({ articles: { search: 'data:,x{query}' } })).toThrow(/config\.articles/);
  });
});

describe('text cut to a length', () => {
  it('is cut at a character boundary, never inside an emoji', () => {
    expect(str(5)('abcd😀', 'x')).toBe('abcd');
    expect(str(6)('abcd😀', 'x')).toBe('abcd😀');
  });

  it('a card full of emoji still makes a hand-off URL within the limit', () => {
    const card = buildCard(
      { purchases: [{ orderId: 'A', purchasedAt: 0, items: [{ sku: 'S', name: '☕😀'.repeat(300) }] }], pages: [], interactions: [] },
      { url: 'https://x.example/', title: '😀'.repeat(400), type: 'kb' },
      'en',
      true,
    );
    for (const template of ['mailto:help@x.example', 'https://x.example/c?c={context}']) {
      const url = handoffUrl(card, template);
      expect(url.length).toBeLessThanOrEqual(2000);
      expect(() => decodeURIComponent(url)).not.toThrow();
    }
  });

  it('a page title with a lone surrogate still makes a hand-off URL', () => {
    const card = buildCard({ purchases: [], pages: [], interactions: [] }, { url: 'https://x.example/', title: 'bad \ud83d title', type: 'kb' }, 'en', true);
    expect(() => handoffUrl(card, 'mailto:a@x.example')).not.toThrow();
  });
});

describe('a polluted Object.prototype (enumerable extend)', () => {
  it('leaves a full config valid', () => {
    undo.push(polluted());
    const cfg = validateConfig({
      offers: [{ id: 'o', when: { page: ['kb'], score: 0.5 }, message: { en: 'Hi' } }],
      theme: { accent: '#123', vars: { '--kikubari-x': '1' } },
      strings: { en: { launcher: 'Help' } },
      pageTypes: { kb: ['/hc/**'] },
      scoreWeights: { helpPages: 1 },
      handoff: { type: 'url', url: '/contact' },
    });
    expect(() => checkOffers(cfg.offers)).not.toThrow();
    expect(Object.keys(cfg.strings!)).toEqual(['en']);
  });

  it('scores and reads stored records as before', () => {
    const input = makeInput({});
    const before = stuckScore(input, { helpPages: 1, idleAfterReading: 1 });
    undo.push(polluted());
    expect(stuckScore(input, { helpPages: 1, idleAfterReading: 1 })).toBe(before);
    expect(() => readEntries([], 0)).not.toThrow();
  });
});

describe('message placeholders', () => {
  it('never read the prototype chain', () => {
    expect(fill('[{constructor}|none] {toString}{__proto__}{hasOwnProperty}.', {})).toBe('none .');
    expect(fill('{product}', Object.assign(Object.create({ product: 'inherited' }), {}))).toBe('');
  });
});

describe('URL checks', () => {
  it('accept an article index URL string (whose String.prototype.search is no config)', () => {
    expect(validateConfig({ articles: '/kb-index.json' }).articles).toBe('/kb-index.json');
  });
});
