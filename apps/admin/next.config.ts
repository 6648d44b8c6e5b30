import type { NextConfig } from "next";
import { env } from "./src/env";

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The browser only ever talks to this origin; these paths are forwarded to the API, so its
  // session cookies are first-party and no CORS is needed.
  async rewrites() {
    return [
      { source: "/graphql", destination: `${env.apiUrl}/graphql` },
      { source: "/files/:path*", destination: `${env.apiUrl}/files/:path*` },
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
          // A staff tool: keep it out of search engines.
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
        ],
      },
    ];
  },
};

export default config;
