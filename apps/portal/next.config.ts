import type { NextConfig } from "next";
import { webNextConfig } from "@openleave/web/next-config";
import { env } from "./src/env";

// The API proxy, security headers and transpilePackages are shared with the admin console.
const config: NextConfig = webNextConfig({ apiUrl: env.apiUrl });

export default config;
