// The dashboard as one CSV file: a row per figure, in sections, with the period and program in
// the first rows. Amounts stay the API's decimal strings; text is quoted when it needs to be.
export type CsvCell = string | number | null;

export function csvLine(cells: readonly CsvCell[]): string {
  return cells
    .map((cell) => {
      const text = cell === null ? "" : String(cell);
      // A leading =, +, - or @ would run as a formula in a spreadsheet.
      const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
      return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
    })
    .join(",");
}

export interface CsvSection {
  title: string;
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

export function dashboardCsv(preamble: readonly (readonly CsvCell[])[], sections: readonly CsvSection[]): string {
  const lines = preamble.map(csvLine);
  for (const section of sections) {
    lines.push("", csvLine([section.title]), csvLine(section.header), ...section.rows.map(csvLine));
  }
  return `${lines.join("\r\n")}\r\n`;
}
