"use client";
// The "Signed in as …" line and its sign-out button, from the shared session.
import { SignOutButton } from "../session/sign-out-button";
import { useSession } from "../session/session-provider";
import { format } from "../i18n/format";
import { useWebMessages } from "../i18n/i18n-context";

export function SignedInStatus({ afterSignOut = "/" }: { afterSignOut?: string }) {
  const session = useSession();
  const t = useWebMessages();
  if (session.status !== "signed-in") return null;
  return (
    <p className="signed-in margin-0">
      <span className="signed-in__name">{format(t.layout.signedInAs, { name: session.viewer.name })}</span>
      <SignOutButton afterSignOut={afterSignOut} />
    </p>
  );
}
