/** Origin and path, without a trailing slash, query or fragment: how two URLs of one page compare. */
const key = (url: string, base: string) => {
  try {
    const u = new URL(url, base);
    return u.origin + u.pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
};

/**
 * Is `article` the page the visitor is reading? By URL, by the page's canonical link, or by the
 * article's id as the page path's last segment (`/articles/1002-aero-kettle-lid` is article 1002,
 * the shape of Zendesk, Freshdesk and HubSpot URLs). Suggesting the page the visitor is stuck on
 * is the one suggestion that can never help.
 *
 * @example
 * isCurrentPage({ id: '1002', url: '/hc/en/articles/1002' }, document) // on /hc/en/articles/1002-lid: true
 */
export function isCurrentPage(article: { id: string; url: string }, doc: Document): boolean {
  const base = doc.baseURI;
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical"]');
  const here = [doc.location.href, canonical ? canonical.getAttribute('href') || '' : ''].map((u) => key(u, base)).filter(Boolean);
  const url = key(article.url, base);
  return here.some((h) => h == url || new RegExp('/' + article.id.replace(/\W/g, '\\$&') + '(-[^/]*)?$').test(h));
}
