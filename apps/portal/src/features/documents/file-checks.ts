// Checks a chosen file against the API's upload policy before anything is sent, so a wrong
// type or a file too large is explained at once. The API checks again (it sniffs the bytes).

export interface UploadPolicy {
  maxBytes: number;
  mimeTypes: readonly string[];
  typeNames: readonly string[];
  extensions: readonly string[];
}

export type FileProblem = "empty" | "tooLarge" | "wrongType";

/**
 * What is wrong with the file, or null. A browser may give a HEIC photo no type at all (or
 * "application/octet-stream"), so the name's ending counts when the type says nothing.
 */
export function fileProblem(
  file: { name: string; size: number; type: string },
  policy: UploadPolicy,
): FileProblem | null {
  if (file.size === 0) return "empty";
  const name = file.name.toLowerCase();
  const byName = policy.extensions.some((extension) => name.endsWith(extension));
  const declared = file.type.toLowerCase();
  const byType = policy.mimeTypes.includes(declared);
  const saysNothing = declared === "" || declared === "application/octet-stream";
  if (!byType && !(saysNothing && byName)) return "wrongType";
  if (file.size > policy.maxBytes) return "tooLarge";
  return null;
}

/** Whole megabytes, for "smaller than 10 MB". */
export function megabytes(bytes: number): number {
  return Math.floor(bytes / 1024 / 1024);
}

/** What the API's answer to the PUT means, in the words of this site's catalog (by status). */
export type UploadFailure =
  "wrongType" | "tooLarge" | "expired" | "incomplete" | "alreadyUploaded" | "network" | "unknown";

export function uploadFailureFor(status: number | null): UploadFailure {
  switch (status) {
    case null:
    case 0:
      return "network";
    case 415:
      return "wrongType";
    case 413:
      return "tooLarge";
    case 410:
    case 403:
      return "expired";
    case 400:
      return "incomplete";
    case 409:
      return "alreadyUploaded";
    default:
      return "unknown";
  }
}
