// Static export for any host: BASE_PATH=/x serves it under a sub-path, MAPWIRE_OUT names the export folder
// (so the sub-path build used by the browser tests does not overwrite out/).
/** Sub-path the site is served under, without a trailing slash ('' for the root). */
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (basePath !== '' && !/^\/[\w./-]+$/.test(basePath)) {
  throw new Error(`BASE_PATH must look like /mapwire (got ${JSON.stringify(process.env.BASE_PATH)})`);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  distDir: process.env.MAPWIRE_OUT ?? 'out',
  trailingSlash: true,
  images: { unoptimized: true },
  basePath,
  // basePath reaches the client so that data downloads and <img> sources can be prefixed by hand.
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (npm test runs it first); checking again here doubles the build time.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
