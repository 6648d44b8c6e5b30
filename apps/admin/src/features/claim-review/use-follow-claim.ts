import { useEffect, useRef } from "react";
import type { RequestPolicy } from "urql";

/**
 * For a claim-screen part with its own query: fetch it again from the network when the screen's
 * claim changes (its version, its latest evaluation). urql's cache drops a query only when a
 * mutation returns one of its types, and decisions made elsewhere (an appeal on the docket, a
 * second person approving a manual determination) return other types.
 */
export function useFollowClaim(claimState: string, reexecute: (opts: { requestPolicy: RequestPolicy }) => void) {
  const shown = useRef(claimState);
  useEffect(() => {
    if (shown.current === claimState) return;
    shown.current = claimState;
    reexecute({ requestPolicy: "network-only" });
  }, [claimState, reexecute]);
}
