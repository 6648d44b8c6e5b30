// @openleave/crypto — how secrets are kept: password hashes (argon2id) and sealed PII
// (AES-256-GCM with a keyed lookup hash, shown masked). Used by the API and the demo seed.
export { hashPassword, verifyPassword } from "./passwords.ts";
export { createPiiCipher, maskAccountNumber, maskTaxId, normalizeTaxId, piiKeysFromEnvironment } from "./pii.ts";
export type { PiiCipher, PiiKeys, TinCheck } from "./pii.ts";
