import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// `server-only` throws outside a server bundle; tests import server modules on purpose.
vi.mock("server-only", () => ({}));
