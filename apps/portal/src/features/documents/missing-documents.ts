// Which of the documents the program asks for a claim still lacks. The list of what is asked
// comes from the rules package (program.rules.documentRequirements); a document counts once it
// is uploaded and not rejected.

export interface Requirement {
  reason: string;
  documentTypes: readonly string[];
}

export interface HeldDocument {
  type: string;
  status: string;
}

export function requiredDocumentTypes(
  requirements: readonly Requirement[],
  reason: string | null | undefined,
): string[] {
  if (!reason) return [];
  return [...(requirements.find((requirement) => requirement.reason === reason)?.documentTypes ?? [])];
}

/** A document of this type that staff can use: uploaded and waiting for review, or accepted. */
export function hasUsable(documents: readonly HeldDocument[], type: string): boolean {
  return documents.some(
    (document) => document.type === type && (document.status === "UPLOADED" || document.status === "ACCEPTED"),
  );
}

export function missingDocumentTypes(
  requirements: readonly Requirement[],
  reason: string | null | undefined,
  documents: readonly HeldDocument[],
): string[] {
  return requiredDocumentTypes(requirements, reason).filter((type) => !hasUsable(documents, type));
}
