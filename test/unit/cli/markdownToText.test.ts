// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../src/cli/markdownToText';

describe('markdownToText', () => {
  it('keeps the words and drops the syntax', () => {
    const md = [
      '# Descale',
      '',
      'Fill it **halfway** with _white vinegar_ and `water`.',
      '',
      '1. Boil — see [why](/hc/why "Why").',
      '- [x] Rinse ![a clean kettle](/img.png)',
      '> Never use **bleach**.',
      '',
      '```sh',
      'kettle --reset',
      '```',
      '',
      '| Model | Hinge |',
      '| ----- | :---: |',
      '| AK-1  | metal |',
      '',
      '---',
      '[why]: /hc/why',
    ].join('\n');
    expect(markdownToText(md)).toBe('Descale\nFill it halfway with white vinegar and water.\nBoil — see why.\nRinse a clean kettle\nNever use bleach.\nkettle --reset\nModel Hinge\nAK-1 metal');
  });

  it('keeps snake_case words, escaped characters and stray angle brackets and ampersands', () => {
    expect(markdownToText('Set max_temp_c to 5 \\* 2 if a < b & c.')).toBe('Set max_temp_c to 5 * 2 if a < b & c.');
  });

  it('turns inline HTML into text', () => {
    expect(markdownToText('Press <kbd>Clean</kbd>.<br>Done &amp; dusted.')).toBe('Press Clean.\nDone & dusted.');
  });
});
