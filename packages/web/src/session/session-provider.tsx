"use client";
// Who is signed in, from the API's `viewer` query, shared by the header and every page.
// Asked only in the browser: the session cookie is HTTP-only and first-party to this origin.
import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";
import { useQuery } from "urql";
import type { ResultOf } from "gql.tada";
import { useHasMounted } from "./use-has-mounted";
import { ViewerQuery } from "./viewer-query";

export type Viewer = NonNullable<ResultOf<typeof ViewerQuery>["viewer"]>;

export type Session =
  | { status: "loading" }
  | { status: "signed-out" }
  | { status: "signed-in"; viewer: Viewer }
  /** The API could not be asked; `retry` asks again. */
  | { status: "unavailable"; retry: () => void };

const SessionContext = createContext<Session>({ status: "loading" });

export function SessionProvider({ children }: { children: ReactNode }) {
  const mounted = useHasMounted();
  const [result, reexecute] = useQuery({ query: ViewerQuery, pause: !mounted });
  const retry = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);

  const session = useMemo<Session>(() => {
    if (!mounted) return { status: "loading" };
    if (result.data)
      return result.data.viewer ? { status: "signed-in", viewer: result.data.viewer } : { status: "signed-out" };
    if (result.error) return { status: "unavailable", retry };
    return { status: "loading" };
  }, [mounted, result.data, result.error, retry]);

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}

/** A provider with a fixed session, for tests and previews. */
export function StaticSessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
