import { fileTypeFromBuffer } from "file-type";

/** What a claim may carry: documents and photos of documents (HEIC is what iPhones take). */
export const ALLOWED_DOCUMENT_TYPES: ReadonlyMap<string, string> = new Map([
  ["application/pdf", "PDF"],
  ["image/jpeg", "JPEG"],
  ["image/png", "PNG"],
  ["image/heic", "HEIC"],
  ["image/heif", "HEIC"],
]);

/** File name endings a file picker offers for those types (the bytes still decide). */
export const ACCEPTED_DOCUMENT_EXTENSIONS = [".pdf", ".jpg", ".jpeg", ".png", ".heic", ".heif"] as const;

/** The type the bytes really are; the client's declared type and file name are ignored. */
export async function sniffDocumentType(bytes: Buffer): Promise<string | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return null;
  return ALLOWED_DOCUMENT_TYPES.has(detected.mime) ? detected.mime : null;
}
