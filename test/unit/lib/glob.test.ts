import { describe, expect, it } from 'vitest';
import { globError, matchesGlob } from '../../../src/lib/glob';

const url = (href: string) => new URL(href);

describe('URL globs', () => {
  it('* stays within a path segment, ** crosses segments', () => {
    expect(matchesGlob(url('https://x.test/hc/en/articles/12'), ['/hc/*/articles/*'])).toBe(true);
    expect(matchesGlob(url('https://x.test/hc/en/us/articles/12'), ['/hc/*/articles/*'])).toBe(false);
    expect(matchesGlob(url('https://x.test/hc/en/us/articles/12'), ['/hc/**'])).toBe(true);
    expect(matchesGlob(url('https://x.test/p/a1'), ['/p/a*'])).toBe(true);
  });

  it('matches the path with or without the query, and full-URL globs against the whole URL', () => {
    expect(matchesGlob(url('https://x.test/search?q=lid'), ['/search'])).toBe(true);
    expect(matchesGlob(url('https://x.test/search?q=lid'), ['/search?q=*'])).toBe(true);
    expect(matchesGlob(url('https://help.x.test/a'), ['https://help.x.test/**'])).toBe(true);
    expect(matchesGlob(url('https://x.test/a'), ['https://help.x.test/**'])).toBe(false);
  });

  it('treats ? and regular-expression characters literally', () => {
    expect(matchesGlob(url('https://x.test/s?q=a'), ['/s?q=a'])).toBe(true);
    expect(matchesGlob(url('https://x.test/a.b'), ['/a.b'])).toBe(true);
    expect(matchesGlob(url('https://x.test/axb'), ['/a.b'])).toBe(false);
  });

  it('explains a bad glob', () => {
    expect(globError('/hc/**')).toBeUndefined();
    expect(globError('hc/*')).toMatch(/starting with "\/"/);
    expect(globError('/a b')).toMatch(/without spaces/);
    expect(globError('/a/***')).toMatch(/at most "\*\*"/);
  });
});
