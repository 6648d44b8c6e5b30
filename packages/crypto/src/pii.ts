// Field-level encryption for PII columns (SSN/ITIN, bank account numbers).
// Values are sealed with AES-256-GCM under a key from configuration, and looked up through a
// keyed HMAC so that equal values can be found without decrypting every row.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const FORMAT_PREFIX = "v1"; // bump when the sealing format or key changes
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface PiiKeys {
  /** 32 bytes for AES-256-GCM. */
  encryptionKey: Buffer;
  /** 32 bytes for the lookup HMAC; separate so a hash leak reveals nothing about the cipher key. */
  hashKey: Buffer;
}

export interface PiiCipher {
  seal(plain: string): string;
  open(sealed: string): string;
  lookupHash(plain: string): string;
}

export function createPiiCipher(keys: PiiKeys): PiiCipher {
  if (keys.encryptionKey.length !== 32 || keys.hashKey.length !== 32) {
    throw new Error("PII keys must be 32 bytes each");
  }
  return {
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", keys.encryptionKey, iv);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return `${FORMAT_PREFIX}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
    },
    open(sealed) {
      const [prefix, payload] = sealed.split(":");
      if (prefix !== FORMAT_PREFIX || !payload) throw new Error("Unrecognised sealed value");
      const raw = Buffer.from(payload, "base64");
      const decipher = createDecipheriv("aes-256-gcm", keys.encryptionKey, raw.subarray(0, IV_BYTES));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
    },
    lookupHash(plain) {
      return createHmac("sha256", keys.hashKey).update(plain, "utf8").digest("hex");
    },
  };
}

/**
 * Keys from OPENLEAVE_PII_KEY and OPENLEAVE_PII_HASH_KEY (base64, 32 bytes each). Outside
 * production, a missing pair is generated once into `developmentKeysFile` (the checkout's data
 * folder) so a fresh checkout works; production refuses to start without configured keys.
 */
export function piiKeysFromEnvironment(options: { developmentKeysFile: string; env?: NodeJS.ProcessEnv }): PiiKeys {
  const env = options.env ?? process.env;
  const encryption = env.OPENLEAVE_PII_KEY;
  const hash = env.OPENLEAVE_PII_HASH_KEY;
  if (encryption && hash) {
    return { encryptionKey: Buffer.from(encryption, "base64"), hashKey: Buffer.from(hash, "base64") };
  }
  if (env.NODE_ENV === "production") {
    throw new Error("OPENLEAVE_PII_KEY and OPENLEAVE_PII_HASH_KEY must be set in production");
  }
  return developmentKeys(options.developmentKeysFile);
}

function developmentKeys(file: string): PiiKeys {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    const fresh = { encryptionKey: randomBytes(32).toString("base64"), hashKey: randomBytes(32).toString("base64") };
    writeFileSync(file, JSON.stringify(fresh, null, 2), { mode: 0o600, flag: "wx" });
  }
  const stored = JSON.parse(readFileSync(file, "utf8")) as { encryptionKey: string; hashKey: string };
  return { encryptionKey: Buffer.from(stored.encryptionKey, "base64"), hashKey: Buffer.from(stored.hashKey, "base64") };
}

// ───────────── Taxpayer identification numbers ─────────────

export type TinCheck = { ok: true; digits: string } | { ok: false; message: string };

/**
 * Accepts an SSN or ITIN with or without dashes. Rejects numbers the SSA never issues
 * (area 000 or 666, group 00, serial 0000) and 9xx numbers outside the ITIN group ranges.
 */
export function normalizeTaxId(input: string): TinCheck {
  const digits = input.replace(/[\s-]/g, "");
  if (!/^\d{9}$/.test(digits)) return { ok: false, message: "Enter 9 digits, like 123-45-6789." };
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  if (area === 0 || area === 666 || group === 0 || serial === 0) {
    return { ok: false, message: "This is not a valid Social Security number." };
  }
  if (area >= 900) {
    const itinGroup =
      (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
    if (!itinGroup) return { ok: false, message: "This is not a valid ITIN." };
  }
  return { ok: true, digits };
}

export function maskTaxId(last4: string): string {
  return `***-**-${last4}`;
}

export function maskAccountNumber(last4: string): string {
  return `••••${last4}`;
}
