import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createPiiCipher, maskAccountNumber, maskTaxId, normalizeTaxId, piiKeysFromEnvironment } from "./pii.ts";

const keys = () => ({ encryptionKey: randomBytes(32), hashKey: randomBytes(32) });

describe("sealing PII", () => {
  const cipher = createPiiCipher(keys());

  it("opens what it sealed, and the sealed text does not contain the value", () => {
    const sealed = cipher.seal("123456789");
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain("123456789");
    expect(cipher.open(sealed)).toBe("123456789");
  });

  it("refuses a sealed value that was tampered with", () => {
    const sealed = cipher.seal("123456789");
    const raw = Buffer.from(sealed.slice(3), "base64");
    raw[raw.length - 1] = raw[raw.length - 1]! ^ 1;
    expect(() => cipher.open(`v1:${raw.toString("base64")}`)).toThrow();
  });

  it("cannot be opened with another key", () => {
    expect(() => createPiiCipher(keys()).open(cipher.seal("123456789"))).toThrow();
  });

  it("hashes equal values equally under one key, differently under another", () => {
    expect(cipher.lookupHash("123456789")).toBe(cipher.lookupHash("123456789"));
    expect(createPiiCipher(keys()).lookupHash("123456789")).not.toBe(cipher.lookupHash("123456789"));
  });

  it("requires 32-byte keys", () => {
    expect(() => createPiiCipher({ encryptionKey: randomBytes(16), hashKey: randomBytes(32) })).toThrow(/32 bytes/);
  });
});

describe("taxpayer numbers", () => {
  it.each([
    ["123-45-6789", "123456789"],
    ["123 45 6789", "123456789"],
    ["900-70-0001", "900700001"],
  ])("accepts %s", (input, digits) => {
    expect(normalizeTaxId(input)).toEqual({ ok: true, digits });
  });

  it.each([
    ["12345678", /9 digits/],
    ["000-12-3456", /not a valid Social Security number/],
    ["666-12-3456", /not a valid Social Security number/],
    ["123-00-4567", /not a valid Social Security number/],
    ["123-45-0000", /not a valid Social Security number/],
    ["900-12-3456", /not a valid ITIN/],
    ["abc-de-fghi", /9 digits/],
  ])("rejects %s", (input, message) => {
    const result = normalizeTaxId(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("masks to the last four digits", () => {
    expect(maskTaxId("6789")).toBe("***-**-6789");
    expect(maskAccountNumber("4321")).toBe("••••4321");
  });
});

describe("keys from the environment", () => {
  const folder = () => mkdtempSync(path.join(tmpdir(), "openleave-keys-"));

  it("uses the configured pair when both are set", () => {
    const encryptionKey = randomBytes(32);
    const hashKey = randomBytes(32);
    const loaded = piiKeysFromEnvironment({
      developmentKeysFile: path.join(folder(), "dev-keys.json"),
      env: { OPENLEAVE_PII_KEY: encryptionKey.toString("base64"), OPENLEAVE_PII_HASH_KEY: hashKey.toString("base64") },
    });
    expect(loaded.encryptionKey.equals(encryptionKey) && loaded.hashKey.equals(hashKey)).toBe(true);
  });

  it("outside production, generates a development pair once and reuses it", () => {
    const file = path.join(folder(), "nested", "dev-keys.json");
    const first = piiKeysFromEnvironment({ developmentKeysFile: file, env: {} });
    const second = piiKeysFromEnvironment({ developmentKeysFile: file, env: {} });
    expect(existsSync(file)).toBe(true);
    expect(first.encryptionKey.equals(second.encryptionKey)).toBe(true);
    expect(first.encryptionKey.equals(first.hashKey)).toBe(false);
  });

  it("refuses to start in production without configured keys", () => {
    expect(() =>
      piiKeysFromEnvironment({ developmentKeysFile: path.join(folder(), "k.json"), env: { NODE_ENV: "production" } }),
    ).toThrow(/must be set in production/);
  });
});
