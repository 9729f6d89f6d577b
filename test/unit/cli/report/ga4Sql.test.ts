// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { simulateEvents } from '../../../../bench/simulateEvents.mjs';
import { createAggregator } from '../../../../src/cli/report/aggregate';

/**
 * The shipped SQL is BigQuery's dialect; DuckDB runs it after this shim, which only renames:
 * the wildcard table and its `_TABLE_SUFFIX` filter, the event-parameter look-up
 * `(SELECT value.x FROM UNNEST(event_params) WHERE key = 'k')` → `list_filter(…)[1].value.x`,
 * `DIV` → `//`, `LOGICAL_OR` → `bool_or`, `COUNTIF` → `count_if`, `INT64`/`STRING` → `BIGINT`/`VARCHAR`.
 * Every other word of the query runs as shipped.
 */
export function toDuckDb(sql: string): string {
  return sql
    .replace(/`[^`]*\.events_\*`/g, 'events')
    .replace(/_TABLE_SUFFIX BETWEEN '\d+' AND '\d+'/g, 'TRUE')
    .replace(/\(SELECT value\.(\w+) FROM UNNEST\(event_params\) WHERE key = '(\w+)'\)/g, "list_filter(event_params, p -> p.key = '$2')[1].value.$1")
    .replace(/DIV\(([^,]+), (\d+)\)/g, '($1 // $2)')
    .replace(/LOGICAL_OR\(/g, 'bool_or(')
    .replace(/COUNTIF\(/g, 'count_if(')
    .replace(/\bINT64\b/g, 'BIGINT')
    .replace(/\bSTRING\b/g, 'VARCHAR');
}

/** An outcome event as GA4's export stores it after a GTM GA4 event tag sent it (README). */
function toGa4Row(e: any, i: number) {
  const params: { key: string; value: Record<string, unknown> }[] = [];
  const str = (key: string, v: unknown) => v != null && params.push({ key, value: { string_value: String(v), int_value: null, float_value: null, double_value: null } });
  str('visitor', e.visitor);
  str('decision_id', e.decisionId);
  str('offer_id', e.offerId);
  str('variant', e.variant);
  str('group', e.group);
  str('name', e.name);
  // Half the `at`s arrive as doubles, as a number sent through GTM may.
  params.push({ key: 'at', value: { string_value: null, int_value: i % 2 ? e.at : null, float_value: null, double_value: i % 2 ? null : e.at } });
  return { event_name: 'kikubari_' + e.type.replace(/[:-]/g, '_'), event_timestamp: (e.at + 150) * 1000, user_pseudo_id: 'ga.' + e.visitor, event_params: params };
}

describe('the shipped GA4 BigQuery SQL', () => {
  it('gives the CLI report’s numbers over a fixture shaped like the GA4 export', async () => {
    const events = [
      ...simulateEvents({ decisions: 3000, holdout: 0.2, heldRate: 0.12, offeredRate: { a: 0.08, b: 0.1 }, seed: 5 }),
      ...simulateEvents({ decisions: 800, holdout: 0.1, heldRate: 0.1, offeredRate: 0.1, seed: 6, offerId: 'recent-purchase' }),
    ];
    const agg = createAggregator();
    events.forEach(agg.add);
    const cli = agg.result();

    const dir = mkdtempSync(join(tmpdir(), 'kikubari-ga4-'));
    try {
      const file = join(dir, 'events.json');
      writeFileSync(file, events.map((e, i) => JSON.stringify(toGa4Row(e, i))).join('\n'));
      const db = await (await DuckDBInstance.create(':memory:')).connect();
      await db.run(`CREATE TABLE events AS SELECT * FROM read_json('${file}', format = 'newline_delimited', columns = {
        event_name: 'VARCHAR', event_timestamp: 'BIGINT', user_pseudo_id: 'VARCHAR',
        event_params: 'STRUCT(key VARCHAR, value STRUCT(string_value VARCHAR, int_value BIGINT, float_value DOUBLE, double_value DOUBLE))[]' })`);
      const rows = (await db.runAndReadAll(toDuckDb(readFileSync('sql/ga4-report.sql', 'utf8')))).getRowObjectsJson() as any[];

      expect(rows.map((r) => [r.offer_id, r.variant])).toEqual(cli.offers.map((o) => [o.offerId, o.variant]));
      rows.forEach((r, i) => {
        const o = cli.offers[i]!;
        expect([r.decisions, r.held_out, r.shown, r.accepted, r.resolved, r.handoffs].map(Number)).toEqual([o.decisions, o.heldOut, o.shown, o.accepted, o.resolved, o.handoffs]);
        expect(r.contact_rate_offered).toBeCloseTo(o.contactRate.offered!, 9);
        expect(r.contact_rate_held_out).toBeCloseTo(o.contactRate.heldOut!, 9);
        expect(r.avoided_per_1000).toBeCloseTo(o.avoidedPer1000!.estimate, 6);
        expect(r.avoided_low).toBeCloseTo(o.avoidedPer1000!.low, 6);
        expect(r.avoided_high).toBeCloseTo(o.avoidedPer1000!.high, 6);
        expect(r.excludes_zero).toBe(o.excludesZero);
      });
      expect(rows.length).toBe(4);
    } finally {
      rmSync(dir, { recursive: true });
    }
  }, 60_000);
});
