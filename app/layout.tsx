import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { TILE_URL } from './(map)/_components/map-config';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Mapwire', template: '%s · Mapwire' },
  description: 'News articles turned into an evidence-linked incident map: every dot leads back to its sentence.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/**
 * Content-Security-Policy for a static host, given as a meta tag since there are no response headers to set:
 * everything from our own origin, tiles from the configured tile host, nothing else. Inline scripts and styles stay
 * allowed because the export inlines its page data (no per-request nonce exists) and Leaflet positions with inline
 * styles. `next dev` gets none: its hot reloading needs eval and web sockets.
 */
function contentSecurityPolicy(): string | null {
  if (process.env.NODE_ENV !== 'production') return null;
  // "https://{s}.tile.example.org/{z}/{x}/{y}.png" → "https://*.tile.example.org"
  const tileHost = TILE_URL === 'none' ? '' : (/^https?:\/\/[^/]+/.exec(TILE_URL)?.[0] ?? '').replace(/\{[^}]*\}/g, '*');
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${tileHost}`.trim(),
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export default function RootLayout({ children }: { children: ReactNode }) {
  const csp = contentSecurityPolicy();
  return (
    <html lang="en">
      <head>{csp !== null && <meta httpEquiv="Content-Security-Policy" content={csp} />}</head>
      <body>{children}</body>
    </html>
  );
}
