import { link, webLink as web } from '../lib/link';
import { asConfigError } from '../lib/KikubariError';
import type { KikubariConfig } from '../types';

/**
 * Every URL in a config that kikubari navigates to, fetches or shows is `http(s):`, relative,
 * or (the hand-off only) `mailto:` — never `javascript:` or `data:`: a config error naming the
 * field. Run where offers are checked, not in the always-loaded script (it has no bytes to
 * spare): `createKikubari` in the npm build, the pipeline's start in the script tag, before
 * anything could use one of them (the script tag then stays inert, with one error).
 *
 * @throws KikubariConfigError e.g. `kikubari: config.handoff.url must be an http(s), mailto: or relative URL (got "javascript:…")`
 */
export function checkLinks(cfg: KikubariConfig): void {
  asConfigError(() => {
    const { articles, theme, beaconUrl } = cfg;
    // The hand-off's shape is `checkHandoff`'s (where it is used); its link is checked here with the others.
    const h = cfg.handoff;
    if (h && h.url) link(/^(https?|mailto)$/i, 'an http(s), mailto: or relative URL')(h.url, 'config.handoff.url');
    if (typeof articles == 'string') web(articles, 'config.articles');
    // (A string has a `search` too: String.prototype.search.)
    else if (articles && (articles as { search?: string }).search) web((articles as { search: string }).search, 'config.articles.search');
    if (beaconUrl) web(beaconUrl, 'config.beaconUrl');
    if (theme && theme.avatar) web(theme.avatar, 'config.theme.avatar');
  });
}
