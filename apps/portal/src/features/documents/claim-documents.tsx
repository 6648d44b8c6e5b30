"use client";
// A claim's documents: what the program asks for this leave reason (from the rules package)
// and whether each has arrived, every file uploaded with its review status, a replacement for
// a rejected one, and a way to add something else.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useFormat } from "@openleave/web";
import { type ClaimantDocumentType, DocumentUploader } from "./document-uploader";
import { hasUsable, type Requirement, requiredDocumentTypes } from "./missing-documents";

type DocumentKind =
  "MEDICAL_CERTIFICATION" | "FAMILY_CARE_CERTIFICATION" | "BIRTH_OR_PLACEMENT_PROOF" | "MILITARY_EXIGENCY_PROOF";

export interface ClaimDocument {
  id: string;
  type: string;
  status: string;
  fileName: string;
  uploadedAt?: string | null;
  createdAt: string;
  reviewNote?: string | null;
  downloadPath?: string | null;
}

interface ClaimDocumentsProps {
  claimId: string;
  reason: string | null | undefined;
  requirements: readonly Requirement[];
  documents: readonly ClaimDocument[];
  canUpload: boolean;
  onChanged: () => void;
  headingLevel?: "h2" | "h3";
}

export function ClaimDocuments({
  claimId,
  reason,
  requirements,
  documents,
  canUpload,
  onChanged,
  headingLevel = "h2",
}: ClaimDocumentsProps) {
  const t = useTranslations("documents");
  const format = useFormat();
  const Heading = headingLevel;
  const Sub = headingLevel === "h2" ? "h3" : "h4";
  // Said here rather than by the uploader: once a required document has arrived, its uploader
  // is replaced by the "received" tag, and the confirmation must not vanish with it.
  const [lastUploaded, setLastUploaded] = useState<string | null>(null);
  const uploaded = (document: { fileName: string }) => {
    setLastUploaded(document.fileName);
    onChanged();
  };
  const required = requiredDocumentTypes(requirements, reason);
  // Files that arrived (an upload that never finished is not the claimant's document yet).
  const arrived = documents.filter((document) => document.status !== "AWAITING_UPLOAD");
  const others = (
    [
      "IDENTITY_PROOF",
      "OTHER",
      "MEDICAL_CERTIFICATION",
      "FAMILY_CARE_CERTIFICATION",
      "BIRTH_OR_PLACEMENT_PROOF",
      "MILITARY_EXIGENCY_PROOF",
    ] as const
  ).filter((type) => !required.includes(type));

  return (
    <section aria-labelledby="documents-heading" className="claim-documents">
      <Heading id="documents-heading">{t("heading")}</Heading>
      <div role="status" className="margin-y-1">
        {lastUploaded ? <span className="text-bold">{t("uploaded", { name: lastUploaded })}</span> : null}
      </div>
      {required.length === 0 ? (
        <p>{t("noneRequired")}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {required.map((requiredType) => {
            const type = requiredType as DocumentKind;
            const usable = hasUsable(arrived, type);
            const accepted = arrived.some((d) => d.type === type && d.status === "ACCEPTED");
            const rejected = !usable && arrived.some((d) => d.type === type && d.status === "REJECTED");
            return (
              <li key={type} className="margin-bottom-3">
                <Sub className="margin-bottom-05">{t(`types.${type}`)}</Sub>
                <p className="margin-top-0">{t(`typeHelp.${type}`)}</p>
                <p className="margin-y-1">
                  <span
                    className={`usa-tag text-no-uppercase ${accepted ? "bg-green" : usable ? "bg-primary" : rejected ? "bg-secondary-dark" : "bg-gold text-ink"}`}
                  >
                    {accepted
                      ? t("need.accepted")
                      : usable
                        ? t("need.received")
                        : rejected
                          ? t("need.rejected")
                          : t("need.missing")}
                  </span>
                </p>
                {canUpload && !usable ? (
                  <DocumentUploader
                    claimId={claimId}
                    id={`upload-${type.toLowerCase()}`}
                    documentType={type as ClaimantDocumentType}
                    label={
                      rejected
                        ? t("replaceLabel", { type: t(`types.${type}`) })
                        : t("uploadLabel", { type: t(`types.${type}`) })
                    }
                    onUploaded={uploaded}
                    announceUploaded={false}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}

      <Sub>{t("listHeading")}</Sub>
      {arrived.length === 0 ? (
        <p>{t("listEmpty")}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked width-full">
          <caption className="usa-sr-only">{t("listHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.file")}</th>
              <th scope="col">{t("columns.type")}</th>
              <th scope="col">{t("columns.uploaded")}</th>
              <th scope="col">{t("columns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {arrived.map((document) => (
              <tr key={document.id}>
                <th scope="row" data-label={t("columns.file")} className="text-wrap-anywhere">
                  {document.downloadPath ? (
                    <a className="usa-link" href={document.downloadPath}>
                      {document.fileName}
                    </a>
                  ) : (
                    document.fileName
                  )}
                </th>
                <td data-label={t("columns.type")}>{t(`types.${document.type as ClaimantDocumentType}`)}</td>
                <td data-label={t("columns.uploaded")}>
                  {format.instantDate(document.uploadedAt ?? document.createdAt)}
                </td>
                <td data-label={t("columns.status")}>
                  {t(`statuses.${document.status as "UPLOADED" | "ACCEPTED" | "REJECTED"}`)}
                  {document.status === "REJECTED" && document.reviewNote ? (
                    <span className="display-block">{t("rejectedWhy", { note: document.reviewNote })}</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {canUpload ? (
        <details className="margin-bottom-3">
          <summary>{t("otherHeading")}</summary>
          <DocumentUploader
            claimId={claimId}
            id="upload-other"
            documentType={null}
            choices={others}
            label={t("otherLabel")}
            onUploaded={uploaded}
            announceUploaded={false}
          />
        </details>
      ) : null}
    </section>
  );
}
