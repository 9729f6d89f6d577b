import type { KikubariConfig } from 'kikubari';

/** kikubari's config for the whole app (README "Config"). Read once, when the instance is created. */
export const config: KikubariConfig = {
  articles: '/kb-index.json',
  pageTypes: { kb: ['/help/**'] },
  handoff: { type: 'url', url: '/contact?message={context}' },
};
