/**
 * The event sinks chunk (`dist/sinks.mjs`): GA4/GTM `dataLayer` pushes and the batched beacon, in
 * the outcome schema. Loaded by the pipeline only where the site configured `pushDataLayer` or
 * `beaconUrl`.
 */
export { createSinks } from '../outcomes/createSinks';
