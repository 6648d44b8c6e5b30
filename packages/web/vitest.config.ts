import { webVitestConfig } from "@openleave/web/vitest-config";

// This package has no app of its own: its Server Component tests use the test catalogs.
export default webVitestConfig(import.meta.dirname, { requestConfig: "src/test/request.ts" });
