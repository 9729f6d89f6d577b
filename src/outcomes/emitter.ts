import { errorText } from '../lib/errorText';
import type { Emitter } from '../seams';
import type { EventName, Handler } from '../types';
import type { Logger } from '../lib/logger';

/** Typed events (see `Emitter`). A handler that throws is reported once and never breaks the others. */
export function createEmitter(getLogger: () => Logger, sinks: (((event: EventName, payload: unknown) => void) | undefined | false)[] = []): Emitter {
  const handlers: { [E in EventName]?: Handler<E>[] } = {};
  const off: Emitter['off'] = (event, handler) => {
    handlers[event] = (handlers[event] || []).filter((h) => h !== handler) as never;
  };
  return {
    on(event, handler) {
      (handlers[event] ||= [] as never).push(handler as never);
      return () => off(event, handler);
    },
    off,
    emit(event, payload) {
      for (const sink of sinks) {
        try {
          sink && sink(event, payload);
        } catch {
          /* a sink (dataLayer, beacon) must never stop delivery */
        }
      }
      for (const h of (handlers[event] || []) as Handler<typeof event>[]) {
        try {
          h(payload);
        } catch (e) {
          if (event != 'error') getLogger().error('handler-threw', 'a handler for "' + event + '" threw: ' + errorText(e));
        }
      }
    },
  };
}
