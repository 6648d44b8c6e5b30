// A NACHA ACH file of PPD credits: 94-character records, batch and file control totals, the
// entry hash (sum of the receiving banks' 8-digit routing numbers, last 10 digits) and padding
// with 9s to a multiple of ten records (a block).
import type Decimal from "decimal.js";

export interface AchEntry {
  routingNumber: string; // 9 digits
  accountNumber: string;
  accountType: "CHECKING" | "SAVINGS";
  amount: Decimal;
  individualId: string; // e.g. the payment id prefix
  individualName: string;
}

export interface AchFileOptions {
  immediateDestination: string; // 9-digit routing of the receiving point (the bank)
  immediateOrigin: string; // 10 characters, the program's company id
  destinationName: string;
  originName: string;
  companyName: string;
  companyId: string; // 10 characters
  originatingDfi: string; // 8 digits
  entryDescription: string; // e.g. "BENEFITS"
  effectiveDate: string; // YYYY-MM-DD
  createdAt: Date;
  fileIdModifier?: string;
}

const pad = (value: string, width: number) => value.slice(0, width).padEnd(width, " ");
const zeros = (value: string | number, width: number) => String(value).padStart(width, "0").slice(-width);
const yymmdd = (date: string) => date.slice(2, 4) + date.slice(5, 7) + date.slice(8, 10);

export function writeAchFile(options: AchFileOptions, entries: AchEntry[]): string {
  const created = options.createdAt.toISOString();
  const records: string[] = [];
  records.push(
    "1" +
      "01" +
      " " +
      zeros(options.immediateDestination, 9) +
      pad(options.immediateOrigin, 10) +
      yymmdd(created.slice(0, 10)) +
      created.slice(11, 13) +
      created.slice(14, 16) +
      (options.fileIdModifier ?? "A") +
      "094" +
      "10" +
      "1" +
      pad(options.destinationName.toUpperCase(), 23) +
      pad(options.originName.toUpperCase(), 23) +
      pad("", 8),
  );
  const batchNumber = zeros(1, 7);
  records.push(
    "5" +
      "220" +
      pad(options.companyName.toUpperCase(), 16) +
      pad("", 20) +
      pad(options.companyId, 10) +
      "PPD" +
      pad(options.entryDescription.toUpperCase(), 10) +
      pad("", 6) +
      yymmdd(options.effectiveDate) +
      "   " +
      "1" +
      zeros(options.originatingDfi, 8) +
      batchNumber,
  );
  let hash = 0n;
  let totalCents = 0n;
  entries.forEach((entry, index) => {
    if (!/^\d{9}$/.test(entry.routingNumber)) throw new Error("Routing numbers have 9 digits");
    const cents = BigInt(entry.amount.mul(100).toFixed(0));
    hash += BigInt(entry.routingNumber.slice(0, 8));
    totalCents += cents;
    records.push(
      "6" +
        (entry.accountType === "SAVINGS" ? "32" : "22") +
        entry.routingNumber +
        pad(entry.accountNumber, 17) +
        zeros(cents.toString(), 10) +
        pad(entry.individualId, 15) +
        pad(entry.individualName.toUpperCase(), 22) +
        "  " +
        "0" +
        zeros(options.originatingDfi, 8) +
        zeros(index + 1, 7),
    );
  });
  const entryHash = zeros((hash % 10_000_000_000n).toString(), 10);
  records.push(
    "8" +
      "220" +
      zeros(entries.length, 6) +
      entryHash +
      zeros(0, 12) +
      zeros(totalCents.toString(), 12) +
      pad(options.companyId, 10) +
      pad("", 19) +
      pad("", 6) +
      zeros(options.originatingDfi, 8) +
      batchNumber,
  );
  const blockCount = Math.ceil((records.length + 1) / 10);
  records.push(
    "9" +
      zeros(1, 6) +
      zeros(blockCount, 6) +
      zeros(entries.length, 8) +
      entryHash +
      zeros(0, 12) +
      zeros(totalCents.toString(), 12) +
      pad("", 39),
  );
  while (records.length % 10 !== 0) records.push("9".repeat(94));
  for (const record of records) if (record.length !== 94) throw new Error(`ACH record of ${record.length} characters`);
  return records.join("\n") + "\n";
}
