// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../../src/search/htmlToText';

describe('htmlToText', () => {
  it('keeps the text, one block per line', () => {
    expect(htmlToText('<h2>Fill</h2><p>Pour <b>water</b> in.</p><ul><li>One</li><li>Two</li></ul>')).toBe('Fill\nPour water in.\nOne\nTwo');
  });

  it('drops scripts, styles, comments and templates with their content', () => {
    expect(htmlToText('<p>A</p><script>alert("x")</script><style>p{}</style><!-- note --><template><p>T</p></template><p>B</p>')).toBe('A\nB');
  });

  it('decodes entities once, so escaped markup stays text', () => {
    expect(htmlToText('<p>&lt;script&gt; &amp;amp; caf&eacute;&#233; &#x1F600;</p>')).toBe('<script> &amp; caf&eacute;é 😀');
  });

  it('separates inline elements that touch', () => {
    expect(htmlToText('<td>AK-1</td><td>metal</td>')).toBe('AK-1 metal');
  });

  it('adds no space where text formatting starts or ends (a Zendesk body read "twice , then")', () => {
    expect(htmlToText('<p>Boil <b>twice</b>, then <a href="/r">rinse</a>.</p>')).toBe('Boil twice, then rinse.');
    expect(htmlToText('The <strong>Aero</strong>’s lid: <em>un</em>clip, <code>reset</code>; <span class="x">A</span><sup>2</sup>')).toBe('The Aero’s lid: unclip, reset; A2');
  });
});

describe('decodeEntities', () => {
  it('decodes numeric and common named references and leaves unknown ones', () => {
    expect(decodeEntities('R&amp;D &#x2014; 5&nbsp;min &copy; &bogus; &constructor;')).toBe('R&D — 5 min © &bogus; &constructor;');
  });

  it('replaces impossible code points instead of throwing', () => {
    expect(decodeEntities('&#1114112;&#0;')).toBe('\ufffd\ufffd');
  });
});
