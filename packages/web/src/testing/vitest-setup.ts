import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";
import { resetTestRequest } from "./server-request";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  resetTestRequest();
});

// `server-only` throws outside a server bundle; tests import server modules on purpose.
vi.mock("server-only", () => ({}));
// Server Components read the request through these; see server-request.ts.
vi.mock("next/headers", async () => (await import("./server-request")).nextHeadersMock);
vi.mock("next-intl/server", () => import("./next-intl-server-mock"));
