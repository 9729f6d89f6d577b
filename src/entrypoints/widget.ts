/** The lazy widget chunk: one entry point, loaded when an offer fires or the launcher is used. */
export { mountWidget } from '../widget/mountWidget';
