// From the uploaded text to checked rows. A file that cannot be read as a wage report at all
// (not CSV, wrong header, no rows, too many rows) is an input error and nothing is stored; a
// readable file is stored as a report even when every row in it is rejected.
import { InvalidInputError } from "../../errors/domain-errors.ts";
import { CsvSyntaxError, parseCsv } from "./parse-csv.ts";
import { checkHeader, checkRows, MAX_DATA_ROWS, type CheckedReport } from "./wage-report-rows.ts";

const CSV_PATH = ["input", "csv"];

export function readWageReportFile(csv: string): CheckedReport {
  let records;
  try {
    records = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      throw InvalidInputError.field(CSV_PATH, `Row ${error.row}: ${error.message} Save the file as CSV and try again.`);
    throw error;
  }
  const [header, ...data] = records;
  if (!header) throw InvalidInputError.field(CSV_PATH, "The file is empty.");
  const columns = checkHeader(header.fields);
  if (!columns.ok) throw InvalidInputError.field(CSV_PATH, columns.message);
  const checked = checkRows(data, columns.columns);
  if (checked.rowCount === 0)
    throw InvalidInputError.field(
      CSV_PATH,
      "The file has a header row but no employees. Add one row per employee paid in the quarter.",
    );
  if (checked.rowCount > MAX_DATA_ROWS) {
    throw InvalidInputError.field(
      CSV_PATH,
      `The file has ${checked.rowCount.toLocaleString("en-US")} rows; one file may have at most ${MAX_DATA_ROWS.toLocaleString("en-US")}. Split it into several reports for the same quarter.`,
    );
  }
  return checked;
}
