import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/lib/logger';
import { createEmitter } from '../../../src/outcomes/emitter';
import { recordOutcome } from '../../../src/outcomes/recordOutcome';

const D = { offerId: 'recent-purchase', message: 'm', reasons: [], topics: [], score: 0 };

describe('outcomes', () => {
  it('each outcome is kept in the visitor context where etiquette or the card needs it, and always emitted', () => {
    const kept: unknown[] = [];
    const emitted: string[] = [];
    const emitter = createEmitter(() => createLogger());
    for (const e of ['offer:shown', 'offer:dismissed', 'article:voted', 'chat:opened'] as const) emitter.on(e, () => emitted.push(e));
    const outcome = recordOutcome((i) => kept.push(i), emitter);
    outcome('offer:shown', D);
    outcome('offer:dismissed', { ...D, forever: true });
    outcome('article:voted', { articleId: 'a1', helpful: false });
    outcome('chat:opened', { source: 'launcher' });
    expect(kept).toEqual([
      { kind: 'offer', id: 'recent-purchase', outcome: 'shown' },
      { kind: 'offer', id: 'recent-purchase', outcome: 'muted' },
      { kind: 'vote', id: 'a1', helpful: false },
    ]);
    expect(emitted).toEqual(['offer:shown', 'offer:dismissed', 'article:voted', 'chat:opened']);
  });
});
