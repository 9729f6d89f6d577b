-- kikubari report on GA4's BigQuery export: the same numbers as `npx kikubari report --json`.
--
-- Input: the daily tables `events_YYYYMMDD` of a GA4 property's BigQuery export, holding the
-- events kikubari's dataLayer sink pushes (`pushDataLayer: true`) as sent by a GTM GA4 event tag
-- with these event parameters (README "Did it work?" → "On GA4 and BigQuery"):
--   event name  kikubari_offer_shown, kikubari_offer_held_out, kikubari_offer_accepted,
--               kikubari_conversation_resolved, kikubari_handoff, kikubari_track, …
--   parameters  visitor, decision_id, offer_id, variant, group, name (strings), at (integer, ms)
-- Replace `your-project.analytics_123456789` and the date range, then run it in BigQuery.
--
-- Per offer (variant NULL) and per variant: decisions, held-out decisions, shown, accepted,
-- resolved, hand-offs, the contact rate within 7 days of the decision (hand-off, or track named
-- `contact`) offered vs held out, and contacts avoided per 1,000 decisions with a 95% interval:
-- Newcombe's hybrid score interval (method 10, Stat Med 1998;17:873) from two Wilson intervals.

WITH ev AS (
  SELECT
    event_name,
    (SELECT value.string_value FROM UNNEST(event_params) WHERE key = 'visitor') AS visitor,
    (SELECT value.string_value FROM UNNEST(event_params) WHERE key = 'decision_id') AS decision_id,
    (SELECT value.string_value FROM UNNEST(event_params) WHERE key = 'offer_id') AS offer_id,
    (SELECT value.string_value FROM UNNEST(event_params) WHERE key = 'variant') AS variant,
    (SELECT value.string_value FROM UNNEST(event_params) WHERE key = 'name') AS name,
    -- `at_ms`: the event's `at` parameter as the SDK stamped it; a number may land in int_value or double_value; else GA4's own time.
    COALESCE(
      (SELECT value.int_value FROM UNNEST(event_params) WHERE key = 'at'),
      CAST((SELECT value.double_value FROM UNNEST(event_params) WHERE key = 'at') AS INT64),
      DIV(event_timestamp, 1000)
    ) AS at_ms
  FROM `your-project.analytics_123456789.events_*`
  WHERE _TABLE_SUFFIX BETWEEN '20260101' AND '20261231'
    AND STARTS_WITH(event_name, 'kikubari_')
),

-- One row per decision: its own event (shown or held out) gives its time and group.
decisions AS (
  SELECT
    decision_id,
    ANY_VALUE(visitor) AS visitor,
    ANY_VALUE(offer_id) AS offer_id,
    ANY_VALUE(variant) AS variant,
    LOGICAL_OR(event_name = 'kikubari_offer_held_out') AS held,
    MIN(IF(event_name IN ('kikubari_offer_shown', 'kikubari_offer_held_out'), at_ms, NULL)) AS at_ms,
    LOGICAL_OR(event_name = 'kikubari_offer_shown') AS shown,
    LOGICAL_OR(event_name = 'kikubari_offer_accepted') AS accepted,
    LOGICAL_OR(event_name = 'kikubari_conversation_resolved') AS resolved,
    LOGICAL_OR(event_name = 'kikubari_handoff') AS handoff
  FROM ev
  WHERE decision_id IS NOT NULL AND offer_id IS NOT NULL
    AND event_name IN ('kikubari_offer_shown', 'kikubari_offer_held_out', 'kikubari_offer_accepted', 'kikubari_conversation_resolved', 'kikubari_handoff')
  GROUP BY decision_id
  HAVING LOGICAL_OR(event_name IN ('kikubari_offer_shown', 'kikubari_offer_held_out'))
),

contacts AS (
  SELECT visitor, at_ms FROM ev
  WHERE event_name = 'kikubari_handoff' OR (event_name = 'kikubari_track' AND name = 'contact')
),

-- A decision "has a contact" when the same visitor made one within 7 days (604,800,000 ms) after it.
scored AS (
  SELECT d.decision_id, d.offer_id, d.variant, d.held, d.shown, d.accepted, d.resolved, d.handoff,
    LOGICAL_OR(c.at_ms IS NOT NULL) AS contacted
  FROM decisions AS d
  LEFT JOIN contacts AS c ON c.visitor = d.visitor AND c.at_ms >= d.at_ms AND c.at_ms <= d.at_ms + 604800000
  GROUP BY d.decision_id, d.offer_id, d.variant, d.held, d.shown, d.accepted, d.resolved, d.handoff
),

-- Each decision counts for its offer as a whole (variant NULL) and, if it has one, for its variant.
rows_ AS (
  SELECT offer_id, CAST(NULL AS STRING) AS variant, held, shown, accepted, resolved, handoff, contacted FROM scored
  UNION ALL
  SELECT offer_id, variant, held, shown, accepted, resolved, handoff, contacted FROM scored WHERE variant IS NOT NULL
),

counts AS (
  SELECT offer_id, variant,
    COUNT(*) AS decisions,
    COUNTIF(held) AS held_out,
    COUNTIF(shown) AS shown,
    COUNTIF(accepted) AS accepted,
    COUNTIF(resolved) AS resolved,
    COUNTIF(handoff) AS handoffs,
    COUNTIF(NOT held) AS n0, COUNTIF(NOT held AND contacted) AS c0,
    COUNTIF(held) AS n1, COUNTIF(held AND contacted) AS c1
  FROM rows_
  GROUP BY offer_id, variant
),

rates AS (
  SELECT *,
    -- NULLIF: an empty group gives NULL rates and bounds, never a division by zero.
    c0 / NULLIF(n0, 0) AS p0,
    c1 / NULLIF(n1, 0) AS p1,
    NULLIF(n0, 0) AS m0,
    NULLIF(n1, 0) AS m1,
    3.841458820694124 AS z2  -- 1.959963984540054², the two-sided 95% normal quantile squared
  FROM counts
),

-- Wilson score interval for each group's contact rate.
wilson AS (
  SELECT *,
    (p0 + z2 / (2 * m0)) / (1 + z2 / m0) - SQRT(z2) * SQRT(p0 * (1 - p0) / m0 + z2 / (4 * m0 * m0)) / (1 + z2 / m0) AS l0,
    (p0 + z2 / (2 * m0)) / (1 + z2 / m0) + SQRT(z2) * SQRT(p0 * (1 - p0) / m0 + z2 / (4 * m0 * m0)) / (1 + z2 / m0) AS u0,
    (p1 + z2 / (2 * m1)) / (1 + z2 / m1) - SQRT(z2) * SQRT(p1 * (1 - p1) / m1 + z2 / (4 * m1 * m1)) / (1 + z2 / m1) AS l1,
    (p1 + z2 / (2 * m1)) / (1 + z2 / m1) + SQRT(z2) * SQRT(p1 * (1 - p1) / m1 + z2 / (4 * m1 * m1)) / (1 + z2 / m1) AS u1
  FROM rates
),

lift AS (
  SELECT *,
    1000 * (p1 - p0) AS avoided_per_1000,
    1000 * (p1 - p0 - SQRT(POW(p1 - GREATEST(l1, 0), 2) + POW(LEAST(u0, 1) - p0, 2))) AS avoided_low,
    1000 * (p1 - p0 + SQRT(POW(LEAST(u1, 1) - p1, 2) + POW(p0 - GREATEST(l0, 0), 2))) AS avoided_high
  FROM wilson
)

SELECT offer_id, variant, decisions, held_out, shown, accepted, resolved, handoffs,
  p0 AS contact_rate_offered, p1 AS contact_rate_held_out,
  avoided_per_1000, avoided_low, avoided_high,
  COALESCE(avoided_low > 0 OR avoided_high < 0, FALSE) AS excludes_zero
FROM lift
ORDER BY offer_id, variant IS NOT NULL, variant
