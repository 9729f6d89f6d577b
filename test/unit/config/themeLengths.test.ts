import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../../src/config/validateConfig';

describe('theme lengths', () => {
  it('a number where a CSS length is meant is pixels', () => {
    expect(validateConfig({ theme: { radius: 8, offsetX: 0, offsetY: 24.5 } }).theme).toEqual({ radius: '8px', offsetX: '0px', offsetY: '24.5px' });
  });

  it('a CSS length string is kept as written', () => {
    expect(validateConfig({ theme: { radius: '0.5rem', offsetX: 'calc(1vw + 8px)' } }).theme).toEqual({ radius: '0.5rem', offsetX: 'calc(1vw + 8px)' });
  });

  it('anything else names the field', () => {
    expect(() => validateConfig({ theme: { radius: true } })).toThrow('config.theme.radius');
    expect(() => validateConfig({ theme: { offsetY: Infinity } })).toThrow('config.theme.offsetY');
  });
});
