"use client";
// Everything the application says, each part with a link back to its step, then the
// attestation and the submit. A second click while submitting sends nothing; the API also
// answers a repeated submit with the same claim.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { useMutation } from "urql";
import { type FieldErrors, summaryItems, toMutationOutcome, useFormat } from "@openleave/web";
import { useTranslations } from "next-intl";
import { SubmitApplicationMutation } from "../application-documents";
import { CheckboxField } from "../fields";
import { StepForm } from "../step-form";
import { plainNumber } from "../validation";
import { useStepForm, useWizard } from "../wizard-context";
import { applicableSteps, type Step, stepPath } from "../wizard-steps";
import { missingDocumentTypes, requiredDocumentTypes } from "../../documents/missing-documents";

const FIELDS = [
  "attested",
  "employerId",
  "leaveReason",
  "familyRelationship",
  "familyMemberFirstName",
  "familyMemberLastName",
  "leavePeriods",
] as const;
type Field = (typeof FIELDS)[number];

// Where each problem the API names is fixed.
const STEP_OF_FIELD: Record<Exclude<Field, "attested">, Step> = {
  employerId: "employer",
  leaveReason: "reason",
  familyRelationship: "family",
  familyMemberFirstName: "family",
  familyMemberLastName: "family",
  leavePeriods: "leave",
};

export function ReviewStep() {
  const t = useTranslations("wizard.review");
  const tSteps = useTranslations("wizard.steps");
  const tReasons = useTranslations("claims.reasons");
  const tRelationships = useTranslations("wizard.relationships");
  const tKinds = useTranslations("wizard.leave.kinds");
  const format = useFormat();
  const router = useRouter();
  const { claimId, draft, profile } = useWizard();
  const [attested, setAttested] = useState(false);
  const [, submitApplication] = useMutation(SubmitApplicationMutation);
  const form = useStepForm(FIELDS);
  const steps = applicableSteps(draft);
  const address = profile.mailingAddress;
  const preference = profile.paymentPreference;

  const validate = () => {
    const errors: FieldErrors<Field> = {};
    if (!attested) errors.attested = t("attestRequired");
    return errors;
  };
  const save = async () => {
    const result = await submitApplication({ claimId, attested });
    return toMutationOutcome(result.data?.submitApplication, result.error);
  };

  const section = (step: Step, rows: [string, ReactNode][]) =>
    steps.includes(step) ? (
      <div className="review-section margin-bottom-3" key={step}>
        <div className="display-flex flex-justify flex-align-baseline">
          <h2 className="margin-bottom-1">{tSteps(step)}</h2>
          <Link className="usa-link" href={stepPath(claimId, step)}>
            {t("edit")}
            <span className="usa-sr-only"> {tSteps(step)}</span>
          </Link>
        </div>
        <dl className="claim-facts">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value || t("notGiven")}</dd>
            </div>
          ))}
        </dl>
      </div>
    ) : null;

  return (
    <StepForm
      onSubmit={form.submit(validate, save, async () => router.push(`/apply/${claimId}/submitted`))}
      summary={summaryItems(FIELDS, form.fieldErrors, form.formErrors, (field) =>
        field === "attested" ? "attested" : `edit-${field}`,
      )}
      failedSubmits={form.failedSubmits}
      saving={form.saving}
      submitLabel={t("submit")}
    >
      <p>{t("intro")}</p>
      {FIELDS.filter(
        (field): field is Exclude<Field, "attested"> => field !== "attested" && Boolean(form.fieldErrors[field]),
      ).map((field) => (
        <p key={field}>
          <Link id={`edit-${field}`} className="usa-link" href={stepPath(claimId, STEP_OF_FIELD[field])}>
            {t("fixIn", { step: tSteps(STEP_OF_FIELD[field]) })}
          </Link>
        </p>
      ))}
      {section("program", [[t("program"), draft.program.name]])}
      {section("identity", [
        [t("name"), `${profile.firstName} ${profile.lastName}`],
        [t("dateOfBirth"), profile.dateOfBirth ? format.calendarDate(profile.dateOfBirth) : ""],
        [t("taxId"), profile.taxIdMasked],
      ])}
      {section("contact", [
        [t("phone"), profile.phone ?? ""],
        [
          t("address"),
          address
            ? `${address.line1}${address.line2 ? `, ${address.line2}` : ""}, ${address.city}, ${address.state} ${address.postalCode}`
            : "",
        ],
      ])}
      {section("employer", [[t("employer"), draft.employer?.name ?? ""]])}
      {section("reason", [
        [t("reason"), draft.leaveReason ? tReasons(draft.leaveReason) : ""],
        ...(draft.birthOrPlacementDate
          ? ([[t("birthDate"), format.calendarDate(draft.birthOrPlacementDate)]] as [string, ReactNode][])
          : []),
      ])}
      {section("family", [
        [t("relationship"), draft.familyRelationship ? tRelationships(draft.familyRelationship) : ""],
        [t("familyName"), [draft.familyMemberFirstName, draft.familyMemberLastName].filter(Boolean).join(" ")],
      ])}
      {section(
        "leave",
        draft.leavePeriods.map((period) => [
          tKinds(period.kind),
          [
            format.calendarDateRange(period.startDate, period.endDate),
            period.kind === "INTERMITTENT"
              ? t("intermittentDetail", {
                  episodes: String(period.episodesPerMonth ?? ""),
                  hours: plainNumber(period.hoursPerEpisode),
                })
              : null,
            period.kind === "REDUCED_SCHEDULE" ? t("reducedDetail", { hours: plainNumber(period.hoursPerWeek) }) : null,
          ]
            .filter(Boolean)
            .join(" · "),
        ]),
      )}
      {section("employment", [[t("regularHours"), plainNumber(draft.regularHoursPerWeek)]])}
      {section("payment", [
        [
          t("paymentMethod"),
          preference
            ? preference.method === "ACH"
              ? t("ach", { account: preference.accountNumberMasked ?? "" })
              : t("check")
            : "",
        ],
        [
          t("withholding"),
          preference ? (preference.federalWithholdingElected ? t("withholdYes") : t("withholdNo")) : "",
        ],
      ])}
      <DocumentsSummary />
      <h2>{t("attestHeading")}</h2>
      <CheckboxField
        id="attested"
        label={t("attest")}
        checked={attested}
        onChange={setAttested}
        error={form.fieldErrors.attested}
      />
    </StepForm>
  );
}

/** What the program asks for that has not arrived yet, said before the claimant submits. */
function DocumentsSummary() {
  const t = useTranslations("documents");
  const format = useFormat();
  const { claimId, draft } = useWizard();
  const requirements = draft.program.rules.documentRequirements;
  const required = requiredDocumentTypes(requirements, draft.leaveReason);
  const missing = missingDocumentTypes(requirements, draft.leaveReason, draft.documents);
  return (
    <div className="review-section margin-bottom-3">
      <div className="display-flex flex-justify flex-align-baseline">
        <h2 className="margin-bottom-1">{t("review.heading")}</h2>
        <Link className="usa-link" href={stepPath(claimId, "documents")}>
          {t("review.upload")}
        </Link>
      </div>
      {required.length === 0 ? (
        <p>{t("review.none")}</p>
      ) : missing.length > 0 ? (
        <div className="usa-alert usa-alert--warning usa-alert--slim">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {t("review.missing", {
                types: format.list(missing.map((type) => t(`types.${type as "MEDICAL_CERTIFICATION"}`))),
              })}
            </p>
          </div>
        </div>
      ) : (
        <p>{t("review.complete")}</p>
      )}
    </div>
  );
}
