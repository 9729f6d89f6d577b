import { describe, expect, it } from 'vitest';
import { findOwned } from '../../../src/engine/findOwned';
import type { StoredOrder } from '../../../src/types';

const order = (name: string, sku = 'S-1'): StoredOrder => ({ orderId: 'O-' + sku, purchasedAt: 0, items: [{ sku, name }] });

describe('which purchase the page is about', () => {
  it('matches the page product by SKU, or a product name in the title or heading, ignoring case and width', () => {
    expect(findOwned({ title: 'x', product: { sku: 'AK-1' } }, [order('Aero Kettle', 'AK-1')])!.item.sku).toBe('AK-1');
    expect(findOwned({ title: 'How to descale your AERO KETTLE' }, [order('Aero Kettle')])).toBeDefined();
    expect(findOwned({ title: 'Help', heading: 'Ａｅｒｏ Ｋｅｔｔｌｅ lid' }, [order('Aero Kettle')])).toBeDefined();
  });

  it('matches a purchased SKU among the article index’s products for the page', () => {
    expect(findOwned({ title: 'Lid stuck?' }, [order('Aero Kettle', 'AK-1')], ['TS-4', 'AK-1'])!.item.sku).toBe('AK-1');
    expect(findOwned({ title: 'Lid stuck?' }, [order('Aero Kettle', 'AK-1')], ['TS-4'])).toBeUndefined();
  });

  it('matches Latin-script names as whole words only', () => {
    expect(findOwned({ title: 'Cupboard organiser guide' }, [order('Cup')])).toBeUndefined();
    expect(findOwned({ title: 'Cleaning your cup' }, [order('Cup')])).toBeDefined();
    expect(findOwned({ title: 'Aero Kettleの湯あか取り' }, [order('Aero Kettle')])).toBeDefined();
  });

  it('matches Japanese names anywhere in the text', () => {
    expect(findOwned({ title: 'エアロケトルのふたが閉まらない' }, [order('エアロケトル')])).toBeDefined();
  });
});

describe('which purchase the page is about, with small differences in the name', () => {
  it('spacing and hyphens between the words of the name do not matter', () => {
    expect(findOwned({ title: 'Descaling the AeroKettle' }, [order('Aero Kettle')])).toBeDefined();
    expect(findOwned({ title: 'Aero-Kettle lid will not close' }, [order('Aero Kettle')])).toBeDefined();
    expect(findOwned({ title: 'エアロ ケトルの湯あか取り' }, [order('エアロケトル')])).toBeUndefined(); // not the name the other way round
    expect(findOwned({ title: 'エアロケトルの湯あか取り' }, [order('エアロ ケトル')])).toBeDefined();
  });

  it('a model suffix on the purchased name is not needed on the page', () => {
    expect(findOwned({ title: 'How to descale your Aero Kettle' }, [order('Aero Kettle AK-1 (2024)')])).toBeDefined();
    expect(findOwned({ title: 'How to descale your Aero Kettle' }, [order('Aero Kettle – 1.7 L')])).toBeDefined();
    expect(findOwned({ title: 'How to descale your Aero Kettle' }, [order('Aero Kettle 2')])).toBeDefined();
  });

  it('the SKU matches whatever its case or width', () => {
    expect(findOwned({ title: 'x', product: { sku: 'ak-1' } }, [order('Aero Kettle', 'AK-1')])).toBeDefined();
  });

  it('a different product whose name starts the same is not a match', () => {
    expect(findOwned({ title: 'Aero Kettleberg manual' }, [order('Aero Kettle')])).toBeUndefined();
  });
});
