// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snippet, SNIPPET_MAX } from '../../../src/search/snippet';

describe('snippet', () => {
  it('is the whole body, whitespace collapsed, when it is short', () => {
    expect(snippet('  Fill it.\n\n  Boil it. ', ['boil'])).toBe('Fill it. Boil it.');
  });

  it('is nothing for an empty body', () => {
    expect(snippet(' \n ', [])).toBeUndefined();
  });

  it('opens at the sentence with the first term found', () => {
    const body = 'Intro sentence number one. '.repeat(10) + 'Press the clean button for three seconds. ' + 'Closing words. '.repeat(10);
    const s = snippet(body, ['clean'])!;
    expect(s.startsWith('…Press the clean button')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
  });

  it('finds a term written full-width or upper case in the body', () => {
    const body = 'x '.repeat(120) + 'Reset with ＣＬＥＡＮ. ' + 'y '.repeat(120);
    expect(snippet(body, ['clean'])).toContain('ＣＬＥＡＮ');
  });

  it('opens the body when no term is found', () => {
    const body = 'First words here. ' + 'more '.repeat(100);
    expect(snippet(body, ['absent'])!.startsWith('First words here.')).toBe(true);
  });

  it('works in Japanese, which has no spaces', () => {
    const body = 'あいうえお。'.repeat(40) + 'ヒンジを柔らかい布で拭いてください。' + 'かきくけこ。'.repeat(40);
    expect(snippet(body, ['ヒン'])).toMatch(/^…ヒンジを柔らかい布で拭いてください。/);
  });

  it('is never longer than 160 characters, whatever the body and terms', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 1000 }), fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), (body, terms) => {
        const s = snippet(body, terms);
        return s === undefined || s.length <= SNIPPET_MAX;
      }),
      { numRuns: 500 },
    );
  });
});
