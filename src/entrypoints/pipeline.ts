/**
 * The pipeline chunk: signals → context store → engine, with purchase ingestion, the event sinks
 * and the customer info card. Loaded by the always-loaded script on the pages where kikubari can
 * act (see `createKikubariWith`).
 */
export { startPipeline } from '../pipeline';
