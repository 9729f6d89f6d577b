import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { beaconSink } from '../../../src/outcomes/beaconSink';
import { createSinks } from '../../../src/outcomes/createSinks';
import { createOutcomes, type OutcomeEvent } from '../../../src/outcomes/outcomeEvent';
import type { OfferDecision } from '../../../src/types';
import { checkSchema } from './checkSchema';

const schema = JSON.parse(readFileSync('schema/outcome.v1.json', 'utf8'));
const decision = (o: Partial<OfferDecision> = {}): OfferDecision => ({ offerId: 'stuck', message: 'Stuck?', reasons: ['idle'], topics: [], score: 0.8, variant: 'short', decisionId: 'd-1', group: 'offered', ...o });
const card = { visitorId: 'v', customerId: 'cust-42', locale: 'en', page: { url: '/', title: 't', type: 'kb' }, purchases: [], recentPages: [], offers: [], articles: [], text: 'Jane, jane@example.com' };

/** A journey through every event the SDK emits, as outcome events. */
function journey(heldOut = false) {
  const to = createOutcomes(() => 'V1StGXR8_Z5jdHi6B-myT', () => heldOut);
  return [
    to('track', { name: 'kb_search' }),
    to('offer:shown', decision()),
    to('offer:accepted', decision()),
    to('chat:opened', { source: 'offer' }),
    to('article:opened', { articleId: 'a1', title: 'Descale', url: '/a1' }),
    to('article:voted', { articleId: 'a1', helpful: false }),
    to('handoff', { adapter: 'zendesk', context: card }),
    to('offer:dismissed', decision({ decisionId: 'd-2', variant: null }) as never),
    to('chat:closed', {}),
    to('track', { name: 'contact' }),
    to('error', { code: 'x', message: 'y' }),
  ];
}

describe('outcome events', () => {
  it('every event the SDK emits validates against schema/outcome.v1.json', () => {
    const events = journey().filter(Boolean) as OutcomeEvent[];
    expect(events).toHaveLength(10);
    for (const e of [...events, ...(journey(true).filter(Boolean) as OutcomeEvent[])]) expect(checkSchema(schema, e)).toEqual([]);
  });

  it('the checker is not a rubber stamp: a missing visitor or an unknown type fails', () => {
    const e = journey()[1]!;
    const { visitor: _, ...anonymous } = e;
    expect(checkSchema(schema, anonymous)).toContain('$.visitor: required');
    expect(checkSchema(schema, { ...e, type: 'offer:clicked' })[0]).toMatch(/not one of/);
    expect(checkSchema(schema, { ...e, type: 'track' })).toContain('$.name: required');
    expect(checkSchema(schema, { ...e, email: 'x@y' })).toContain('$.email: not allowed');
  });

  it('names the decision, offer, variant and group on events that follow an offer', () => {
    const [track, shown, , chat, opened, , handoff, dismissed, , contact, error] = journey();
    expect(track).toMatchObject({ v: 1, type: 'track', name: 'kb_search', decisionId: null, offerId: null, variant: null, group: 'offered' });
    expect(shown).toMatchObject({ type: 'offer:shown', decisionId: 'd-1', offerId: 'stuck', variant: 'short', group: 'offered' });
    expect(chat).toMatchObject({ type: 'chat:opened', decisionId: 'd-1' });
    expect(opened).toMatchObject({ type: 'article:opened', articleId: 'a1', decisionId: 'd-1', variant: 'short' });
    expect(dismissed).toMatchObject({ decisionId: 'd-2', variant: null });
    expect(contact).toMatchObject({ type: 'track', name: 'contact', decisionId: 'd-2' });
    expect(error).toBeUndefined();
    // The customer card (name, e-mail) never leaves for analytics; nor do the stuck score or reasons.
    expect(JSON.stringify(handoff)).not.toMatch(/jane|cust-42/);
    expect(handoff).toMatchObject({ type: 'handoff', adapter: 'zendesk' });
    expect(shown).not.toHaveProperty('rating');
    expect(shown).not.toHaveProperty('reasons');
  });

  it('a held-out visitor is in group held-out on every event, decision or not', () => {
    const to = createOutcomes(() => 'v', () => true);
    expect(to('track', { name: 'contact' })!.group).toBe('held-out');
    expect(to('offer:held-out', decision({ group: 'held-out' }))!).toMatchObject({ type: 'offer:held-out', group: 'held-out', decisionId: 'd-1' });
  });

  it('sends nothing when no visitor id is stored (just forgotten)', () => {
    expect(createOutcomes(() => '', () => false)('track', { name: 'contact' })).toBeUndefined();
  });
});

describe('sinks', () => {
  it('the beacon posts NDJSON, one schema event per line, when the page is hidden', () => {
    const sent: string[] = [];
    const win = { navigator: { sendBeacon: (_u: string, b: string) => sent.push(b) }, document: new EventTarget(), addEventListener() {}, removeEventListener() {} } as never;
    const b = beaconSink(win, '/collect');
    const events = journey().filter(Boolean) as OutcomeEvent[];
    events.forEach(b.sink);
    expect(sent).toEqual([]);
    b.stop();
    expect(sent).toHaveLength(1);
    const lines = sent[0]!.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual(events);
  });

  it('dataLayer gets kikubari_<type> with the schema event under kikubari', () => {
    const win = { dataLayer: [] as any[] };
    const s = createSinks(win as never, { pushDataLayer: true }, () => 'v', () => false);
    s.sink('offer:shown', decision());
    s.sink('error', { code: 'x', message: 'y' });
    expect(win.dataLayer).toHaveLength(1);
    expect(win.dataLayer[0].event).toBe('kikubari_offer_shown');
    expect(checkSchema(schema, win.dataLayer[0].kikubari)).toEqual([]);
    vi.restoreAllMocks();
  });
});
