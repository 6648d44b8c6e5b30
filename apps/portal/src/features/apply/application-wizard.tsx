"use client";
// The application wizard: loads the draft from the API (so it opens the same on any device),
// shows where the person is, and renders the step in the URL. Opened without a step, it
// goes to the step where the person left off.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useRef } from "react";
import { useQuery } from "urql";
import { Notice, QueryProblemNotice, RequireSignIn, StatusMessage } from "@openleave/web";
import { useTranslations } from "next-intl";
import { ApplicationDraftQuery } from "./application-documents";
import { StepIndicator } from "./step-indicator";
import { ContactStep } from "./steps/contact-step";
import { DocumentsStep } from "./steps/documents-step";
import { EmployerStep } from "./steps/employer-step";
import { EmploymentStep } from "./steps/employment-step";
import { EstimateStep } from "./steps/estimate-step";
import { FamilyStep } from "./steps/family-step";
import { IdentityStep } from "./steps/identity-step";
import { LeaveStep } from "./steps/leave-step";
import { PaymentStep } from "./steps/payment-step";
import { ProgramStep } from "./steps/program-step";
import { ReasonStep } from "./steps/reason-step";
import { ReviewStep } from "./steps/review-step";
import { useAdvance, WizardContext } from "./wizard-context";
import {
  applicableSteps,
  type Draft,
  isStepComplete,
  type Profile,
  resumeStep,
  type Step,
  stepPath,
} from "./wizard-steps";

const STEP_COMPONENTS: Record<Step, () => ReactNode> = {
  program: ProgramStep,
  identity: IdentityStep,
  contact: ContactStep,
  employer: EmployerStep,
  reason: ReasonStep,
  family: FamilyStep,
  leave: LeaveStep,
  employment: EmploymentStep,
  payment: PaymentStep,
  estimate: EstimateStep,
  documents: DocumentsStep,
  review: ReviewStep,
};

export function ApplicationWizard({ claimId, step }: { claimId: string; step: Step | null }) {
  return <RequireSignIn>{() => <WizardLoader claimId={claimId} step={step} />}</RequireSignIn>;
}

function WizardLoader({ claimId, step }: { claimId: string; step: Step | null }) {
  const t = useTranslations("wizard");
  const router = useRouter();
  const [result, reexecute] = useQuery({ query: ApplicationDraftQuery, variables: { id: claimId } });
  const claim = result.data?.claim;
  const profile = result.data?.myProfile;
  const target = !step && claim && profile && claim.status === "DRAFT" ? resumeStep(claim, profile) : null;

  useEffect(() => {
    if (target) router.replace(stepPath(claimId, target));
  }, [router, claimId, target]);

  if (result.error && !result.data) {
    return (
      <QueryProblemNotice
        heading={t("loadError")}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: "network-only" })}
      />
    );
  }
  if (!result.data) return <StatusMessage>{t("loading")}</StatusMessage>;
  if (!claim || !profile) {
    return (
      <>
        <h1>{t("notFoundHeading")}</h1>
        <Notice type="warning" headingLevel="h2" heading={t("notFoundBody")}>
          <Link className="usa-link" href="/apply">
            {t("startOver")}
          </Link>
        </Notice>
      </>
    );
  }
  if (claim.status !== "DRAFT") {
    return (
      <>
        <h1>{t("alreadySubmittedHeading")}</h1>
        <Notice type="info" headingLevel="h2" heading={t("alreadySubmittedBody", { number: claim.claimNumber ?? "" })}>
          <Link className="usa-link" href={`/apply/${claim.id}/submitted`}>
            {t("seeConfirmation")}
          </Link>
        </Notice>
      </>
    );
  }
  if (!step) return <StatusMessage>{t("loading")}</StatusMessage>;
  const steps = applicableSteps(claim);
  // A step that does not apply (family, after the reason changed) goes back to the reason.
  const current: Step = steps.includes(step) ? step : "reason";
  return <WizardPage claimId={claimId} step={current} steps={steps} draft={claim} profile={profile} />;
}

function WizardPage({
  claimId,
  step,
  steps,
  draft,
  profile,
}: {
  claimId: string;
  step: Step;
  steps: Step[];
  draft: Draft;
  profile: Profile;
}) {
  const t = useTranslations("wizard");
  const heading = useRef<HTMLHeadingElement>(null);
  const advance = useAdvance(claimId, step);
  // After moving to another step, focus its heading so screen readers start there.
  useEffect(() => {
    heading.current?.focus();
  }, [step]);
  const StepBody = STEP_COMPONENTS[step];
  return (
    <WizardContext.Provider value={{ claimId, step, draft, profile, advance }}>
      <p className="margin-bottom-1 text-base-dark">{t("applyingTo", { program: draft.program.name })}</p>
      <StepIndicator steps={steps} current={step} complete={(s) => isStepComplete(s, draft, profile)} />
      <h1 ref={heading} tabIndex={-1} className="margin-top-2">
        {t(`headings.${step}`)}
      </h1>
      <StepBody />
    </WizardContext.Provider>
  );
}
