// The Next.js settings both apps share: the API proxy that keeps its cookies first-party, the
// security headers, next-intl, and compiling this package's TypeScript with the app. Plain
// JavaScript (typed by JSDoc) because Next loads next.config.ts before it can compile anything else.
import { createRequire } from "node:module";
import path from "node:path";
import createNextIntlPlugin from "next-intl/plugin";

// next-intl's plugin points `next-intl/config` at the app's request configuration (relative to
// the app's folder, as Turbopack wants it).
const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

// The request configuration hands next-intl precompiled messages (src/i18n/precompile.ts), so
// both bundles can use its small formatter instead of the ICU parser. Turbopack wants the alias
// relative to the app's folder, webpack an absolute path.
const FORMAT_ONLY = createRequire(import.meta.url).resolve("use-intl/format-message/format-only");

/** FORMAT_ONLY relative to the app's folder (Next runs in it), as Turbopack's aliases want. */
function formatOnlyFromApp() {
  const relative = path.relative(process.cwd(), FORMAT_ONLY).split(path.sep).join("/");
  return relative.startsWith(".") ? relative : `./${relative}`;
}

/**
 * @param {object} options
 * @param {string} options.apiUrl Where this server reaches the API. Rewrites are baked into the build, so set it at build time.
 * @param {{ key: string; value: string }[]} [options.extraHeaders] Headers an app adds to the shared ones on every response.
 * @returns {import("next").NextConfig}
 */
export function webNextConfig({ apiUrl, extraHeaders = [] }) {
  return withNextIntl({
    turbopack: { resolveAlias: { "use-intl/format-message": formatOnlyFromApp() } },
    webpack(config) {
      config.resolve.alias["use-intl/format-message"] = FORMAT_ONLY;
      return config;
    },
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
