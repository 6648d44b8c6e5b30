"use client";
// One upload: choose a file (or take a photo on a phone), see at once whether it can be sent
// (type, size), then send it with a progress bar. Problems before and after sending are
// tied to the file field and listed in an error summary that takes focus.
import { useRef, useState, type ChangeEvent } from "react";
import { useMutation, useQuery } from "urql";
import { ErrorSummary, useFormat, useProblemMessage } from "@openleave/web";
import { useApiOutcome } from "@/features/api-errors/use-api-outcome";
import { useTranslations } from "next-intl";
import { DocumentUploadPolicyQuery, RequestClaimDocumentUploadMutation } from "./documents-documents";
import { fileProblem, megabytes, type UploadPolicy, uploadFailureFor } from "./file-checks";
import { putWithProgress } from "./put-with-progress";

export const CLAIMANT_DOCUMENT_TYPES = [
  "MEDICAL_CERTIFICATION",
  "FAMILY_CARE_CERTIFICATION",
  "BIRTH_OR_PLACEMENT_PROOF",
  "MILITARY_EXIGENCY_PROOF",
  "IDENTITY_PROOF",
  "APPEAL_EVIDENCE",
  "OTHER",
] as const;
export type ClaimantDocumentType = (typeof CLAIMANT_DOCUMENT_TYPES)[number];

interface DocumentUploaderProps {
  claimId: string;
  /** Unique on the page: the inputs' ids start with it. */
  id: string;
  /** The kind of document, or null to let the person choose. */
  documentType: ClaimantDocumentType | null;
  /** Choices when `documentType` is null. */
  choices?: readonly ClaimantDocumentType[];
  label: string;
  onUploaded: (document: { id: string; fileName: string }) => void;
  /** False when the page says "uploaded" itself, because a finished upload may unmount this one. */
  announceUploaded?: boolean;
}

type Phase = { kind: "idle" } | { kind: "sending"; fraction: number } | { kind: "done"; fileName: string };

export function DocumentUploader({
  claimId,
  id,
  documentType,
  choices,
  label,
  onUploaded,
  announceUploaded = true,
}: DocumentUploaderProps) {
  const t = useTranslations("documents");
  const problemMessage = useProblemMessage();
  const toOutcome = useApiOutcome();
  const [policyResult] = useQuery({ query: DocumentUploadPolicyQuery });
  const policy: UploadPolicy | null = policyResult.data?.documentUploadPolicy ?? null;
  const [, requestUpload] = useMutation(RequestClaimDocumentUploadMutation);
  const [file, setFile] = useState<File | null>(null);
  const [chosenType, setChosenType] = useState<ClaimantDocumentType | "">("");
  const [error, setError] = useState<{ field: "file" | "type"; message: string } | null>(null);
  const [failures, setFailures] = useState(0);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const photoInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = `${id}-file`;
  const typeId = `${id}-type`;
  const format = useFormat();
  // "PDF, JPEG, PNG, or HEIC" / "PDF, JPEG, PNG o HEIC".
  const kinds = format.alternatives(policy ? policy.typeNames : ["PDF", "JPEG", "PNG", "HEIC"]);
  const limit = policy ? megabytes(policy.maxBytes) : null;

  const fail = (field: "file" | "type", message: string) => {
    setError({ field, message });
    setFailures((count) => count + 1);
  };

  const explain = (problem: "empty" | "tooLarge" | "wrongType", name: string) =>
    problem === "wrongType"
      ? t("wrongType", { name, kinds })
      : problem === "tooLarge"
        ? t("tooLarge", { name, limit: limit ?? 0 })
        : t("empty", { name });

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setPhase({ kind: "idle" });
    setFile(chosen);
    if (!chosen) return setError(null);
    const problem = policy ? fileProblem(chosen, policy) : null;
    if (problem) return fail("file", explain(problem, chosen.name));
    setError(null);
  };

  const send = async () => {
    if (phase.kind === "sending") return;
    const type = documentType ?? (chosenType || null);
    if (!type) return fail("type", t("typeRequired"));
    if (!file) return fail("file", t("fileRequired"));
    const problem = policy ? fileProblem(file, policy) : null;
    if (problem) return fail("file", explain(problem, file.name));
    setError(null);
    setPhase({ kind: "sending", fraction: 0 });
    const answer = await requestUpload({ input: { claimId, type, fileName: file.name, sizeBytes: file.size } });
    const outcome = toOutcome(answer.data?.requestDocumentUpload, answer.error);
    if (outcome.kind !== "success") {
      setPhase({ kind: "idle" });
      const sizeIssue =
        outcome.kind === "invalid-input" && outcome.issues.some((issue) => issue.path.includes("sizeBytes"));
      return fail("file", sizeIssue ? explain("tooLarge", file.name) : problemMessage(outcome));
    }
    const put = await putWithProgress(outcome.data.uploadUrl, file, (fraction) =>
      setPhase({ kind: "sending", fraction }),
    );
    if (!put.ok) {
      setPhase({ kind: "idle" });
      const failure = uploadFailureFor(put.status);
      return fail(
        "file",
        failure === "wrongType"
          ? t("wrongType", { name: file.name, kinds })
          : t(`failed.${failure}`, { name: file.name, limit: limit ?? 0 }),
      );
    }
    setPhase({ kind: "done", fileName: file.name });
    setFile(null);
    if (fileInput.current) fileInput.current.value = "";
    if (photoInput.current) photoInput.current.value = "";
    onUploaded({ id: outcome.data.document.id, fileName: file.name });
  };

  const percent = phase.kind === "sending" ? Math.round(phase.fraction * 100) : 0;
  const fileError = error?.field === "file" ? error.message : null;
  const typeError = error?.field === "type" ? error.message : null;

  return (
    <div className="document-uploader margin-bottom-3">
      <ErrorSummary
        items={error ? [{ message: error.message, fieldId: error.field === "file" ? fileId : typeId }] : []}
        focusKey={failures}
      />
      {documentType === null ? (
        <div className={`usa-form-group${typeError ? " usa-form-group--error" : ""}`}>
          <label className="usa-label" htmlFor={typeId}>
            {t("typeLabel")}
          </label>
          {typeError ? (
            <span className="usa-error-message" id={`${typeId}-error`}>
              {typeError}
            </span>
          ) : null}
          <select
            className="usa-select"
            id={typeId}
            value={chosenType}
            aria-describedby={typeError ? `${typeId}-error` : undefined}
            aria-invalid={typeError ? true : undefined}
            onChange={(event) => setChosenType(event.target.value as ClaimantDocumentType | "")}
          >
            <option value="">{t("typeChoose")}</option>
            {(choices ?? CLAIMANT_DOCUMENT_TYPES).map((choice) => (
              <option key={choice} value={choice}>
                {t(`types.${choice}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className={`usa-form-group${fileError ? " usa-form-group--error" : ""}`}>
        <label className="usa-label" htmlFor={fileId}>
          {label}
        </label>
        <span className="usa-hint" id={`${fileId}-hint`}>
          {limit === null ? t("hintNoLimit", { kinds }) : t("hint", { kinds, limit })}
        </span>
        {fileError ? (
          <span className="usa-error-message" id={`${fileId}-error`} role="alert">
            {fileError}
          </span>
        ) : null}
        <input
          ref={fileInput}
          className="usa-file-input__input document-uploader__input"
          type="file"
          id={fileId}
          accept={policy ? [...policy.extensions, ...policy.mimeTypes].join(",") : undefined}
          aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ""}`}
          aria-invalid={fileError ? true : undefined}
          onChange={choose}
          disabled={phase.kind === "sending"}
        />
        {/* A phone opens its camera for this one; elsewhere it is a second way to pick a picture. */}
        <input ref={photoInput} type="file" accept="image/*" capture="environment" hidden onChange={choose} />
        <div className="margin-top-1">
          <button
            type="button"
            className="usa-button usa-button--outline margin-top-1"
            onClick={() => photoInput.current?.click()}
            disabled={phase.kind === "sending"}
          >
            {t("takePhoto")}
          </button>
          <button
            type="button"
            className="usa-button margin-top-1"
            onClick={send}
            disabled={phase.kind === "sending"}
            aria-describedby={file ? `${id}-chosen` : undefined}
          >
            {phase.kind === "sending" ? t("sending") : t("upload")}
          </button>
        </div>
        {file && phase.kind !== "sending" ? (
          <p className="margin-y-1" id={`${id}-chosen`}>
            {t("chosen", { name: file.name })}
          </p>
        ) : null}
      </div>
      {phase.kind === "sending" ? (
        <div className="margin-y-1">
          <label htmlFor={`${id}-progress`}>{t("progressLabel", { percent })}</label>
          <progress className="document-uploader__progress" id={`${id}-progress`} max={100} value={percent}>
            {percent}%
          </progress>
        </div>
      ) : null}
      {announceUploaded ? (
        <div role="status" className="margin-y-1">
          {phase.kind === "done" ? <span className="text-bold">{t("uploaded", { name: phase.fileName })}</span> : null}
        </div>
      ) : null}
    </div>
  );
}
