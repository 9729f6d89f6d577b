import { describe, expect, it } from 'vitest';
import { isEmail } from '../../../src/widget/handoff/isEmail';

describe('isEmail', () => {
  it('takes an address a reply can reach and refuses the usual typos', () => {
    for (const ok of ['a@b.co', 'name.surname+tag@mail.example.jp', 'ユーザー@例え.jp']) expect(isEmail(ok), ok).toBe(true);
    for (const no of ['', 'name', 'name@', '@example.com', 'name@example', 'name@example.', 'na me@example.com', 'a@b@c.com', 'name@.com']) expect(isEmail(no), no).toBe(false);
  });
});
