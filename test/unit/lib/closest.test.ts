import { describe, expect, it } from 'vitest';
import { closest } from '../../../src/lib/closest';

describe('did you mean', () => {
  it('suggests the nearest option for a typo', () => {
    expect(closest('ofers', ['offers', 'locale'])).toBe('offers');
    expect(closest('idleSecs', ['idleSeconds', 'engagedSeconds'])).toBe('idleSeconds');
    expect(closest('Locale', ['locale'])).toBe('locale');
  });
  it('suggests nothing when no option is close', () => {
    expect(closest('colour', ['offers', 'locale', 'debug'])).toBeUndefined();
    expect(closest('x', ['theme'])).toBeUndefined();
  });
});
