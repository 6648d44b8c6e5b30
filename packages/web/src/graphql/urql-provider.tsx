"use client";
import { useState, type ReactNode } from "react";
import { Provider } from "urql";
import { createBrowserClient } from "./client";

/** One urql client per page load. Signing in or out reloads the page, which drops its cache. */
export function UrqlProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => createBrowserClient());
  return <Provider value={client}>{children}</Provider>;
}
