// Shared by scripts/dev.mjs and the end-to-end test setup.

export const DEMO_ACCOUNTS_TEXT = ` Demo sign-ins (password for all: OpenLeave-demo-2026)
   Claimant           maria.garcia@openleave.test    (portal)
   Claimant           aisha.khan@openleave.test      (portal; an approved claim with payments)
   Leave admin        hr@evergreen-robotics.test     (portal, employer pages)
   Adjudicator        adjudicator@openleave.test     (admin)
   Supervisor         supervisor@openleave.test      (admin)
   Appeals officer    appeals@openleave.test         (admin)
   Program admin      admin@openleave.test           (admin)

 New account: sign up on the portal; the confirmation link is in the development outbox,
   http://localhost:4000/dev/outbox — then link as Lena Nguyen, SSN 900-70-0005, born 1988-11-17.
`;

/** Resolves when every URL answers with a status below 500; rejects after `timeoutMs`. */
export async function waitForUrls(urls, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(urls);
  while (pending.size > 0) {
    if (Date.now() > deadline) throw new Error(`still waiting for ${[...pending].join(", ")}`);
    for (const url of [...pending]) {
      try {
        const response = await fetch(url, { redirect: "manual" });
        if (response.status < 500) pending.delete(url);
      } catch {
        // not listening yet
      }
    }
    if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
