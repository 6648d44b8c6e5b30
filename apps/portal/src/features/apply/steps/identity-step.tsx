"use client";
import { useFormat } from "@openleave/web";
import { useTranslations } from "next-intl";
import { StepForm } from "../step-form";
import { useStepForm, useWizard } from "../wizard-context";

/**
 * Who is applying, as the wage records know them. The SSN is only ever shown masked; a wrong
 * name or date of birth is corrected by staff (it has to match the records employers file).
 */
export function IdentityStep() {
  const t = useTranslations("wizard.identity");
  const format = useFormat();
  const { profile, advance } = useWizard();
  const form = useStepForm([] as const);
  return (
    <StepForm
      onSubmit={form.submit(
        () => ({}),
        async () => null,
        () => advance(),
      )}
      summary={[]}
      failedSubmits={form.failedSubmits}
      saving={form.saving}
      submitLabel={t("confirm")}
    >
      <p>{t("intro")}</p>
      <dl className="claim-facts">
        <div>
          <dt>{t("name")}</dt>
          <dd>
            {profile.firstName} {profile.lastName}
          </dd>
        </div>
        <div>
          <dt>{t("dateOfBirth")}</dt>
          <dd>{profile.dateOfBirth ? format.calendarDate(profile.dateOfBirth) : t("notOnFile")}</dd>
        </div>
        <div>
          <dt>{t("taxId")}</dt>
          <dd>{profile.taxIdMasked}</dd>
        </div>
      </dl>
      <p className="margin-top-3">{t("wrong")}</p>
    </StepForm>
  );
}
