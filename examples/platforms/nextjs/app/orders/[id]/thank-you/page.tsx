import type { Order } from 'kikubari';
import { RecordPurchase } from '../../../kikubari';

/** Your order lookup (a database, your commerce API); here a stand-in with the shape it returns. */
async function getOrder(id: string): Promise<Order> {
  return { orderId: id, currency: 'GBP', items: [{ sku: 'AK-1', name: 'Aero Kettle', category: 'kettles', price: 79, quantity: 1 }] };
}

// A server component (Next.js 15: `params` is a promise). The order comes from your server as a
// prop; <RecordPurchase> records it in the browser.
export default async function ThankYou({ params }: { params: Promise<{ id: string }> }) {
  const order = await getOrder((await params).id);
  return (
    <main>
      <h1>Thank you for your order</h1>
      <p>Order {order.orderId} is confirmed.</p>
      <RecordPurchase order={order} />
    </main>
  );
}
