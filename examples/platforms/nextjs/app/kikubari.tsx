'use client';
// kikubari in a Next.js App Router app: one instance for the page's whole life.
//
// - Server-side rendering: this module imports only `createKikubari`, which touches no browser
//   global when imported; nothing here runs on the server except returning null.
// - One instance: it is created on first use in the browser and kept in this module, not in a
//   component, so React's StrictMode (which runs every effect twice in development: effect,
//   cleanup, effect) and remounts reuse it, and a purchase recorded twice is stored once.
// - Route changes: the root layout stays mounted across App Router navigations, and the router
//   moves with history.pushState, which kikubari watches: each route is a new page view.
import { useEffect } from 'react';
import { createKikubari, type Kikubari as Instance, type Order } from 'kikubari';
import { config } from './kikubari.config';

let instance: Instance | undefined;

/** The page's kikubari instance, created on first call; `undefined` on the server. */
export function getKikubari(): Instance | undefined {
  if (typeof window == 'undefined') return undefined;
  return (instance ??= createKikubari(config));
}

/** Put once in the root layout: starts kikubari when the app first renders in the browser. */
export function Kikubari(): null {
  useEffect(() => {
    getKikubari();
  }, []);
  return null;
}

/**
 * Render on the order confirmation page with the order your server already has: records the
 * purchase on this device (the same `orderId` is stored once, however often it renders).
 */
export function RecordPurchase({ order }: { order: Order }): null {
  const json = JSON.stringify(order);
  useEffect(() => {
    getKikubari()?.purchase(JSON.parse(json) as Order).catch((e) => console.error(e));
  }, [json]);
  return null;
}
