import type { NextConfig } from "next";
import { webNextConfig } from "@openleave/web/next-config";
import { env } from "./src/env";

// The API proxy, security headers and transpilePackages are shared with the portal.
const config: NextConfig = webNextConfig({
  apiUrl: env.apiUrl,
  // A staff tool: keep it out of search engines.
  extraHeaders: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }],
});

export default config;
