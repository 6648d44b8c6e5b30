"use client";
// The documents the program asks for this reason (from the rules package), uploaded straight
// to the draft. Nothing here holds up the application: what is still missing is named on the
// review step and on the claim page, where it can be uploaded later.
import { useClient } from "urql";
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { ClaimDocuments } from "../../documents/claim-documents";
import { ApplicationDraftQuery } from "../application-documents";
import { StepForm } from "../step-form";
import { useStepForm, useWizard } from "../wizard-context";

export function DocumentsStep() {
  const t = useTranslations("documents");
  const { claimId, draft, advance } = useWizard();
  const client = useClient();
  const form = useStepForm([] as const);
  // Reload the draft the wizard shows (its query is cached), so the new file is listed.
  const reload = useCallback(() => {
    void client.query(ApplicationDraftQuery, { id: claimId }, { requestPolicy: "network-only" }).toPromise();
  }, [client, claimId]);

  return (
    <>
      <p>{t("intro")}</p>
      <ClaimDocuments
        claimId={claimId}
        reason={draft.leaveReason}
        requirements={draft.program.rules.documentRequirements}
        documents={draft.documents}
        canUpload
        onChanged={reload}
      />
      <StepForm
        onSubmit={form.submit(
          () => ({}),
          async () => null,
          () => advance(),
        )}
        summary={[]}
        failedSubmits={form.failedSubmits}
        saving={form.saving}
        submitLabel={t("wizard.continue")}
      >
        {null}
      </StepForm>
    </>
  );
}
