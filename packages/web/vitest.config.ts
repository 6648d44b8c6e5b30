import { webVitestConfig } from "@openleave/web/vitest-config";

export default webVitestConfig(import.meta.dirname);
