// Reads the text of a PDF the way a reader application does (Mozilla's pdf.js), so tests check
// what the claimant will actually see in the file, not the strings the API meant to write.
import { createRequire } from "node:module";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

// The standard 14 fonts' metrics, so pdf.js lays out Helvetica text without warnings.
const standardFontDataUrl = `${path.join(path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

export interface PdfText {
  pages: number;
  /** Every page's text, lines joined with "\n", whitespace runs collapsed. */
  text: string;
  title: string | null;
  language: string | null;
}

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, isEvalSupported: false }).promise;
  const lines: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    let line = "";
    for (const item of content.items) {
      if (!("str" in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = "";
      }
    }
    if (line) lines.push(line);
  }
  const metadata = await pdf.getMetadata();
  const info = metadata.info as { Title?: string; Language?: string };
  await pdf.destroy();
  return {
    pages: pdf.numPages,
    text: lines.map((l) => l.replace(/\s+/g, " ").trim()).join("\n"),
    title: info.Title ?? null,
    language: info.Language ?? null,
  };
}
