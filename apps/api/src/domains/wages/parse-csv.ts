// A small RFC 4180 reader: comma-separated, fields optionally in double quotes ("" is a quote
// inside a quoted field), CRLF or LF line ends, an optional UTF-8 byte-order mark. Spreadsheet
// exports are exactly this, so no dependency is needed for it.

export interface CsvRecord {
  /** 1-based position of the record in the file: the header is 1, as in a spreadsheet. */
  row: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly row: number,
    message: string,
  ) {
    super(message);
  }
}

export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStarted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const endField = () => {
    fields.push(field);
    field = "";
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push({ row: records.length + 1, fields });
    fields = [];
  };

  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        // After a closing quote only a separator or a line end may follow.
        const next = text[i];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
          throw new CsvSyntaxError(
            records.length + 1,
            "A quoted value must be followed by a comma or the end of the line.",
          );
        }
        continue;
      }
      field += char;
      i += 1;
      continue;
    }
    if (char === '"' && !fieldStarted && field === "") {
      quoted = true;
      fieldStarted = true;
      i += 1;
    } else if (char === ",") {
      endField();
      i += 1;
    } else if (char === "\n" || char === "\r") {
      endRecord();
      i += char === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += char;
      fieldStarted = true;
      i += 1;
    }
  }
  if (quoted) throw new CsvSyntaxError(records.length + 1, "A quoted value is not closed.");
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}
