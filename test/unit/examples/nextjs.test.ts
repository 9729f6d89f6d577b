// @vitest-environment node
// The Next.js recipe's client component, rendered the way Next renders it on the server: in Node,
// with no window or document. (Its browser side runs in test/e2e/platforms.spec.ts.)
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { getKikubari, Kikubari, RecordPurchase } from '../../../examples/platforms/nextjs/app/kikubari';

describe('examples/platforms/nextjs on the server', () => {
  test('importing and rendering the client component touches no browser global and creates no instance', () => {
    expect(typeof window).toBe('undefined');
    const order = { orderId: '1001', items: [{ sku: 'AK-1', name: 'Aero Kettle' }] };
    const html = renderToStaticMarkup(createElement('main', null, createElement(Kikubari), createElement(RecordPurchase, { order })));
    expect(html).toBe('<main></main>');
    expect(getKikubari()).toBeUndefined();
  });
});
