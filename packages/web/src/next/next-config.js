// The Next.js settings both apps share: the API proxy that keeps its cookies first-party, the
// security headers, next-intl, and compiling this package's TypeScript with the app. Plain
// JavaScript (typed by JSDoc) because Next loads next.config.ts before it can compile anything else.
import createNextIntlPlugin from "next-intl/plugin";

// next-intl's plugin points `next-intl/config` at the app's request configuration (relative to
// the app's folder, as Turbopack wants it).
const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

/**
 * @param {object} options
 * @param {string} options.apiUrl Where this server reaches the API. Rewrites are baked into the build, so set it at build time.
 * @param {{ key: string; value: string }[]} [options.extraHeaders] Headers an app adds to the shared ones on every response.
 * @returns {import("next").NextConfig}
 */
export function webNextConfig({ apiUrl, extraHeaders = [] }) {
  return withNextIntl({
    poweredByHeader: false,
    reactStrictMode: true,
    // @openleave/web is published as TypeScript source.
    transpilePackages: ["@openleave/web"],
    // The browser only ever talks to this origin; these paths are forwarded to the API, so its
    // session cookies are first-party and no CORS is needed.
    async rewrites() {
      return [
        { source: "/graphql", destination: `${apiUrl}/graphql` },
        { source: "/files/:path*", destination: `${apiUrl}/files/:path*` },
      ];
    },
    async headers() {
      return [
        {
          source: "/:path*",
          headers: [
            { key: "X-Frame-Options", value: "DENY" },
            { key: "X-Content-Type-Options", value: "nosniff" },
            { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
            { key: "Permissions-Policy", value: "geolocation=(), microphone=()" },
            ...extraHeaders,
          ],
        },
      ];
    },
  });
}
