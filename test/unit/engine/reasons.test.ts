import { describe, expect, it } from 'vitest';
import type { EngineInput } from '../../../src/engine/EngineInput';
import { reasonFacts } from '../../../src/engine/reasons';
import { wordReasons } from '../../../src/widget/reasonText';

/** The engine's facts, worded as the widget words them. */
const reasonsFor = (passed: string[], x: EngineInput) => wordReasons(reasonFacts(passed, x), x.locale);
import { kettleOrder, makeInput } from './makeInput';

describe('reasons shown behind "Why am I seeing this?"', () => {
  const owned = { item: kettleOrder(3).items[0]!, order: kettleOrder(3) };

  it('speak to the visitor about what they did, naming the product and how long ago', () => {
    const x = makeInput({ page: { engagedMs: 25_000, idleMs: 20_000 }, purchases: [kettleOrder(3)], owned });
    expect(reasonsFor(['page', 'purchasedWithinDays', 'engagedSeconds', 'idleSeconds'], x)).toEqual([
      "You've been on this help page for a while",
      'You bought Aero Kettle 3 days ago',
    ]);
  });

  it('are in Japanese for a Japanese visitor, with today and yesterday worded naturally', () => {
    const x = makeInput({ locale: 'ja', purchases: [kettleOrder(0)], owned: { ...owned, order: kettleOrder(0) } });
    expect(reasonsFor(['idleSeconds', 'purchasedWithinDays'], x)).toEqual(['このヘルプページをしばらくご覧になっています', '本日Aero Kettleをご購入いただきました']);
    const y = makeInput({ purchases: [kettleOrder(1)] });
    expect(reasonsFor(['purchasedWithinDays'], y)).toEqual(['You bought Aero Kettle yesterday']);
  });

  it('tell a returning visitor how often they came, in English and Japanese, and never on a first visit', () => {
    expect(reasonsFor(['visits'], makeInput({ visitor: { visits: 3 } }))).toEqual(["You've visited 3 times in the last 30 days"]);
    expect(reasonsFor(['visits'], makeInput({ locale: 'ja', visitor: { visits: 3 } }))).toEqual(['この30日間に3回ご訪問いただいています']);
    expect(reasonsFor(['visits'], makeInput({ visitor: { visits: 1 } }))).toEqual([]);
  });

  it('word every reading and returning-visitor condition, in English and Japanese', () => {
    const en = (passed: string[], o: Parameters<typeof makeInput>[0]) => reasonsFor(passed, makeInput(o));
    const ja = (passed: string[], o: Parameters<typeof makeInput>[0]) => reasonsFor(passed, makeInput({ locale: 'ja', ...o }));
    const cases: [string, Parameters<typeof makeInput>[0], string, string][] = [
      ['rereads', { page: { rereads: 3 } }, "You've scrolled back over this section a few times", '同じところを何度か読み返されています'],
      ['exitIntent', { page: { exitIntent: true } }, 'It looked like you were about to leave', 'ページを離れようとされているようでした'],
      ['scrollDepth', { page: { scrollDepth: 0.934 } }, "You've read 93% of this page", 'このページを93%までお読みになりました'],
      ['visits', { visitor: { visits: 3 } }, "You've visited 3 times in the last 30 days", 'この30日間に3回ご訪問いただいています'],
      ['helpPagesViewedDays', { visitor: { helpPagesViewedDays: 4 } }, "You've looked at help pages on 4 of the last 30 days", 'この30日間のうち4日、ヘルプページをご覧になりました'],
    ];
    for (const [cond, o, english, japanese] of cases) {
      expect(en([cond], o)).toEqual([english]);
      expect(ja([cond], o)).toEqual([japanese]);
    }
  });

  it('say how many days had help pages in words that hold for one day too', () => {
    expect(reasonsFor(['helpPagesViewedDays'], makeInput({ visitor: { helpPagesViewedDays: 1 } }))).toEqual(["You've looked at help pages on 1 of the last 30 days"]);
  });

  it('keep the reasons as data: a code, and the numbers and names its sentence says, as text', () => {
    const x = makeInput({ page: { scrollDepth: 0.5 }, visitor: { visits: 2 }, purchases: [kettleOrder(3)], owned });
    expect(reasonFacts(['scrollDepth', 'visits', 'purchasedWithinDays', 'exitIntent'], x)).toEqual([
      ['bought', { product: 'Aero Kettle', n: '3' }],
      ['exit'],
      ['depth', { n: '50' }],
      ['return', { n: '2' }],
    ]);
  });

  it('say a product name as it is, even one that looks like a placeholder or a replacement pattern', () => {
    const order = { ...kettleOrder(3), items: [{ sku: 'X', name: 'Kettle {n} $& $1 {product}' }] };
    expect(reasonsFor(['purchasedWithinDays'], makeInput({ purchases: [order] }))).toEqual(['You bought Kettle {n} $& $1 {product} 3 days ago']);
  });

  it('count days by the visitor’s calendar: last night is "yesterday", this morning is "today"', () => {
    const at = (now: string, bought: string) => {
      const order = { ...kettleOrder(), purchasedAt: new Date(bought).getTime() };
      return reasonsFor(['purchasedWithinDays'], makeInput({ now: new Date(now).getTime(), purchases: [order] }));
    };
    expect(at('2026-11-19T00:30:00', '2026-11-18T23:00:00')).toEqual(['You bought Aero Kettle yesterday']);
    expect(at('2026-11-19T23:00:00', '2026-11-19T01:00:00')).toEqual(['You bought Aero Kettle today']);
    expect(at('2026-11-19T08:00:00', '2026-11-17T20:00:00')).toEqual(['You bought Aero Kettle 2 days ago']);
  });

  it('explain a stuck-score offer by the signs behind the score', () => {
    const x = makeInput({ session: { helpPagesViewed: 4, kbSearches: 3, backAndForth: 1 }, page: { rageClicks: 2 }, score: 0.6 });
    expect(reasonsFor(['score'], x)).toEqual([
      "You've looked at 4 help pages",
      'You went back and forth between help pages',
      'You searched the help center 3 times',
      "Something on this page didn't respond to your clicks",
    ]);
  });
});
