// @openleave/web's helpers for the apps' vitest suites (never imported by app code).
// The shared setup file (./vitest-config) registers jest-dom's matchers; this reference gives
// every suite that uses these helpers their types.
/// <reference types="@testing-library/jest-dom/vitest" />
export { createRenderWithApp, type RecordedRequest, type RenderOptions } from "./testing/render-with-app";
export {
  describeCatalogChecks,
  messageLeaves,
  messageSignature,
  type MessageSignature,
} from "./testing/catalog-checks";
export { setTestRequest } from "./testing/server-request";
export { TEST_TIME_ZONE } from "./testing/intl-test-config";
