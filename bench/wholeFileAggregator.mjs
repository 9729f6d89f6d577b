// The alternative the benchmark compares with: keep every event, then group them per decision.
export function createAggregator() {
  const events = [];
  return {
    add: (e) => events.push(e),
    result() {
      const by = new Map();
      for (const e of events) if (e.decisionId) (by.get(e.decisionId) || by.set(e.decisionId, []).get(e.decisionId)).push(e);
      return { decisions: by.size, events: events.length };
    },
  };
}
