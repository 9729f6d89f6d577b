import type { Interaction } from '../context/records';
import type { Emitter } from '../seams';
import type { EventMap, EventName, OfferDecision } from '../types';

/** What each outcome keeps in the visitor's context (for etiquette and the hand-off card); other events are only emitted. */
const offer = (outcome: string) => (p: OfferDecision): Omit<Interaction, 'at'> => ({ kind: 'offer', id: p.offerId, outcome });
const RECORD: { [E in EventName]?: (p: EventMap[E]) => Omit<Interaction, 'at'> } = {
  'offer:shown': offer('shown'),
  'offer:held-out': offer('held-out'),
  'offer:accepted': offer('accepted'),
  'offer:dismissed': (p) => offer(p.forever ? 'muted' : 'dismissed')(p),
  'article:opened': (p) => ({ kind: 'article', id: p.articleId, title: p.title }),
  'article:voted': (p) => ({ kind: 'vote', id: p.articleId, helpful: p.helpful }),
  handoff: (p) => ({ kind: 'handoff', id: p.adapter }),
};

/** An outcome: recorded in the visitor's context where it is worth keeping, then emitted to the site. */
export type RecordOutcome = <E extends EventName>(event: E, payload: EventMap[E]) => void;

export function recordOutcome(record: (interaction: Omit<Interaction, 'at'>) => void, emitter: Emitter): RecordOutcome {
  return (event, payload) => {
    const make = RECORD[event];
    if (make) record(make(payload));
    emitter.emit(event, payload);
  };
}
