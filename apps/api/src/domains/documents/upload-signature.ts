// Short-lived upload URLs: the URL itself is the capability, so it names one document and
// expires quickly. The signature is an HMAC over both, with a secret only the API knows.
import { createHmac, timingSafeEqual } from "node:crypto";

export function signUpload(secret: string, documentId: string, expiresAtSeconds: number): string {
  return createHmac("sha256", secret).update(`upload:${documentId}:${expiresAtSeconds}`).digest("base64url");
}

export function uploadUrl(baseUrl: string, secret: string, documentId: string, expiresAt: Date): string {
  const expires = Math.floor(expiresAt.getTime() / 1000);
  return `${baseUrl}/files/uploads/${documentId}?expires=${expires}&signature=${signUpload(secret, documentId, expires)}`;
}

export type SignatureCheck = "valid" | "expired" | "invalid";

export function checkUploadSignature(secret: string, documentId: string, url: URL, now: Date): SignatureCheck {
  const expires = Number(url.searchParams.get("expires"));
  const signature = url.searchParams.get("signature") ?? "";
  if (!Number.isInteger(expires) || !signature) return "invalid";
  const expected = Buffer.from(signUpload(secret, documentId, expires));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  return expires * 1000 < now.getTime() ? "expired" : "valid";
}
