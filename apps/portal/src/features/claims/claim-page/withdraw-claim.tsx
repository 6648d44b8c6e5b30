"use client";
// Withdraw: one button, then a confirmation that says what withdrawing means, then the API's
// answer in place. The claim's version goes along so a change made meanwhile is not overridden.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useMutation } from "urql";
import { Button, Notice, useProblemMessage } from "@openleave/web";
import { useApiOutcome } from "@/features/api-errors/use-api-outcome";
import type { ClaimPageClaim } from "./claim-page";
import { WithdrawClaimMutation } from "./claim-page-documents";

export function WithdrawClaim({ claim, onWithdrawn }: { claim: ClaimPageClaim; onWithdrawn: () => void }) {
  const t = useTranslations("claimPage.withdraw");
  const problemMessage = useProblemMessage();
  const toOutcome = useApiOutcome();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [{ fetching }, withdraw] = useMutation(WithdrawClaimMutation);
  const focusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming || problem || done) focusRef.current?.focus();
  }, [confirming, problem, done]);

  const confirm = async () => {
    if (fetching) return;
    setProblem(null);
    const answer = await withdraw({ input: { claimId: claim.id, expectedVersion: claim.version } });
    const outcome = toOutcome(answer.data?.withdrawClaim, answer.error);
    if (outcome.kind !== "success") {
      setProblem(problemMessage(outcome));
      return;
    }
    setConfirming(false);
    setDone(true);
    onWithdrawn();
  };

  return (
    <section aria-labelledby="withdraw-heading" className="margin-top-4">
      <h2 id="withdraw-heading">{t("heading")}</h2>
      <div ref={focusRef} tabIndex={-1}>
        {done ? (
          <Notice type="success" heading={t("doneHeading")} headingLevel="h3">
            <p>{t("done")}</p>
          </Notice>
        ) : null}
        {problem ? (
          <Notice type="error" heading={t("problemHeading")} headingLevel="h3">
            <p>{problem}</p>
          </Notice>
        ) : null}
        {confirming ? (
          <Notice type="warning" heading={t("confirmHeading")} headingLevel="h3">
            <p>{t("confirmBody")}</p>
            <Button type="button" secondary onClick={confirm} disabled={fetching}>
              {fetching ? t("working") : t("confirm")}
            </Button>
            <Button type="button" outline onClick={() => setConfirming(false)} disabled={fetching}>
              {t("cancel")}
            </Button>
          </Notice>
        ) : null}
      </div>
      {!confirming && !done ? (
        <>
          <p>{t("intro")}</p>
          <Button type="button" outline onClick={() => setConfirming(true)}>
            {t("start")}
          </Button>
        </>
      ) : null}
    </section>
  );
}
