"use client";
// The start of an application: a signed-in claimant sees the applications they have not
// submitted (to continue on this device or any other) and chooses a program to start a new
// one. Someone signed out is offered sign-in; the checklist above stays readable to all.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import {
  ErrorSummary,
  type FieldErrors,
  issuesToErrors,
  ProgramsQuery,
  QueryProblemNotice,
  signInHref,
  StatusMessage,
  summaryItems,
  useFormat,
  useProblemMessage,
  useSession,
} from "@openleave/web";
import { useApiOutcome } from "@/features/api-errors/use-api-outcome";
import { useTranslations } from "next-intl";
import { CreateApplicationMutation, MyDraftsQuery } from "./application-documents";
import { RadioGroup } from "./fields";

const FIELDS = ["programId"] as const;

export function ApplyStart() {
  const t = useTranslations("wizard.start");
  const session = useSession();
  if (session.status === "loading") return <StatusMessage>{t("checking")}</StatusMessage>;
  if (session.status !== "signed-in") {
    return (
      <div className="usa-summary-box margin-top-4">
        <div className="usa-summary-box__body">
          <h2 className="usa-summary-box__heading">{t("signInHeading")}</h2>
          <p>{t("signInBody")}</p>
          <Link className="usa-button" href={signInHref("/apply")}>
            {t("signIn")}
          </Link>
        </div>
      </div>
    );
  }
  if (!session.viewer.roles.includes("CLAIMANT") || !session.viewer.personId) {
    return (
      <div className="usa-alert usa-alert--info margin-top-4">
        <div className="usa-alert__body">
          <h2 className="usa-alert__heading">{t("notLinkedHeading")}</h2>
          <p className="usa-alert__text">{t("notLinkedBody")}</p>
        </div>
      </div>
    );
  }
  return <StartForm />;
}

function StartForm() {
  const t = useTranslations("wizard.start");
  const format = useFormat();
  const router = useRouter();
  const problemMessage = useProblemMessage();
  const toOutcome = useApiOutcome();
  const [drafts, reexecuteDrafts] = useQuery({ query: MyDraftsQuery, requestPolicy: "cache-and-network" });
  const [programs, reexecutePrograms] = useQuery({ query: ProgramsQuery });
  const [programId, setProgramId] = useState("");
  // One key per visit to this page: a retried or double-clicked start returns the same draft.
  const [createKey] = useState(() => crypto.randomUUID());
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<"programId">>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [{ fetching }, create] = useMutation(CreateApplicationMutation);

  const open = drafts.data?.myClaims.edges.map((edge) => edge.node).filter((claim) => claim.status === "DRAFT") ?? [];

  const start = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    if (!programId) {
      setFieldErrors({ programId: t("programRequired") });
      setFormErrors([]);
      setFailedSubmits((n) => n + 1);
      return;
    }
    const result = await create({ input: { programId, createKey } });
    const outcome = toOutcome(result.data?.createApplication, result.error);
    if (outcome.kind === "success") {
      router.push(`/apply/${outcome.data.id}/identity`);
      return;
    }
    const mapped =
      outcome.kind === "invalid-input"
        ? issuesToErrors(outcome.issues, FIELDS)
        : { fieldErrors: {}, formErrors: [problemMessage(outcome)] };
    setFieldErrors(mapped.fieldErrors);
    setFormErrors(mapped.formErrors);
    setFailedSubmits((n) => n + 1);
  };

  return (
    <>
      {drafts.error && !drafts.data ? (
        <QueryProblemNotice
          heading={t("draftsError")}
          error={drafts.error}
          onRetry={() => reexecuteDrafts({ requestPolicy: "network-only" })}
        />
      ) : null}
      {open.length > 0 ? (
        <section aria-labelledby="drafts-heading" className="margin-top-4">
          <h2 id="drafts-heading">{t("draftsHeading")}</h2>
          <ul className="usa-list usa-list--unstyled">
            {open.map((draft) => (
              <li key={draft.id} className="margin-bottom-2">
                <Link className="usa-button usa-button--outline" href={`/apply/${draft.id}`}>
                  {t("continueDraft", { program: draft.program.name })}
                </Link>{" "}
                <span className="text-base-dark">{t("startedOn", { date: format.instantDate(draft.createdAt) })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="start-heading" className="margin-top-4">
        <h2 id="start-heading">{t("startHeading")}</h2>
        {programs.error && !programs.data ? (
          <QueryProblemNotice
            heading={t("programsError")}
            error={programs.error}
            onRetry={() => reexecutePrograms({ requestPolicy: "network-only" })}
          />
        ) : null}
        {!programs.data && !programs.error ? <StatusMessage>{t("loadingPrograms")}</StatusMessage> : null}
        {programs.data ? (
          <form className="usa-form usa-form--large" method="post" noValidate onSubmit={start}>
            <ErrorSummary items={summaryItems(FIELDS, fieldErrors, formErrors)} focusKey={failedSubmits} />
            <RadioGroup
              id="programId"
              legend={t("programLegend")}
              hint={t("programHint")}
              value={programId}
              onChange={setProgramId}
              error={fieldErrors.programId}
              options={programs.data.programs.map((program) => ({ value: program.id, label: program.name }))}
            />
            <button type="submit" className="usa-button" disabled={fetching}>
              {fetching ? t("starting") : t("start")}
            </button>
          </form>
        ) : null}
      </section>
    </>
  );
}
