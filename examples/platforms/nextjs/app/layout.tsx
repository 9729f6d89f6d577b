import type { ReactNode } from 'react';
import { Kikubari } from './kikubari';

// A server component: it renders the client component <Kikubari />, which does its work only in
// the browser. The layout stays mounted while the visitor moves between routes.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
        <Kikubari />
      </body>
    </html>
  );
}
