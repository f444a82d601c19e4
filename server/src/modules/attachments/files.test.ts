// What a file is, judged by its bytes; what it is called once stored; how it is sent back.
import { describe, expect, it } from "vitest";
import { compoundFile, docm, docx, exe, html, odt, oldWordDocument, pdf, zip } from "./testing.ts";
import { contentDisposition, detectDocument, formatSize, sanitizeFilename } from "./files.ts";

describe("a file's type, judged by its content", () => {
  it("accepts a PDF, a Word document, an OpenDocument text and an old .doc", async () => {
    expect(await detectDocument(pdf())).toEqual({ accepted: true, ext: "pdf", mediaType: "application/pdf" });
    expect(await detectDocument(docx())).toMatchObject({ accepted: true, ext: "docx" });
    expect(await detectDocument(odt())).toMatchObject({
      accepted: true,
      ext: "odt",
      mediaType: "application/vnd.oasis.opendocument.text",
    });
    expect(await detectDocument(oldWordDocument())).toEqual({
      accepted: true,
      ext: "doc",
      mediaType: "application/msword",
    });
  });

  it("tells old Excel and PowerPoint files from other compound files such as installers", async () => {
    expect(await detectDocument(compoundFile([{ name: "Workbook", type: 2 }]))).toMatchObject({ ext: "xls" });
    expect(await detectDocument(compoundFile([{ name: "PowerPoint Document", type: 2 }]))).toMatchObject({
      ext: "ppt",
    });
    // An MSI installer is a compound file too, with other stream names.
    expect(await detectDocument(compoundFile([{ name: "\u4840\u3f3f", type: 2 }]))).toEqual({
      accepted: false,
      reason: "type",
    });
  });

  it("refuses an executable, a web page and a plain zip, whatever they are called", async () => {
    for (const bytes of [exe(), html(), zip([{ name: "a.txt", data: "hallo" }]), Buffer.from("gewoon tekst\n")])
      expect(await detectDocument(bytes)).toEqual({ accepted: false, reason: "type" });
  });

  it("refuses documents with macros, new and old", async () => {
    expect(await detectDocument(docm())).toEqual({ accepted: false, reason: "macros" });
    const withMacros = compoundFile([
      { name: "WordDocument", type: 2 },
      { name: "Macros", type: 1 },
    ]);
    expect(await detectDocument(withMacros)).toEqual({ accepted: false, reason: "macros" });
  });

  it("gives up on a damaged compound file instead of guessing", async () => {
    const damaged = oldWordDocument();
    damaged.writeUInt32LE(0x7fffffff, 0x30); // the directory lies outside the file
    expect(await detectDocument(damaged)).toEqual({ accepted: false, reason: "type" });
  });
});

describe("the stored file name", () => {
  it("keeps a plain name, with its extension in lower case", () => {
    expect(sanitizeFilename("Begroting 2024.pdf", "pdf")).toBe("Begroting 2024.pdf");
    expect(sanitizeFilename("Plan.PDF", "pdf")).toBe("Plan.pdf");
  });

  it("drops folders, control characters and the characters that reverse text direction", () => {
    expect(sanitizeFilename("C:\\Users\\sara\\plan.docx", "docx")).toBe("plan.docx");
    expect(sanitizeFilename("../../etc/passwd", "pdf")).toBe("passwd.pdf");
    expect(sanitizeFilename("evil\u202efdp.exe", "pdf")).toBe("evilfdp.exe.pdf");
    expect(sanitizeFilename("a\u0000b\nc.pdf", "pdf")).toBe("abc.pdf");
    expect(sanitizeFilename('wat?"*.pdf', "pdf")).toBe("wat___.pdf");
  });

  it("ends in the detected type's extension, and has a name even when none was sent", () => {
    expect(sanitizeFilename("plan.pdf", "docx")).toBe("plan.pdf.docx");
    expect(sanitizeFilename("", "pdf")).toBe("bijlage.pdf");
    expect(sanitizeFilename("...", "odt")).toBe("bijlage.odt");
    expect([...sanitizeFilename(`${"é".repeat(300)}.pdf`, "pdf")]).toHaveLength(204);
  });
});

describe("Content-Disposition", () => {
  it("gives an ASCII fallback and the exact name in filename* (RFC 6266)", () => {
    expect(contentDisposition('Begroting café "ja".pdf')).toBe(
      "attachment; filename=\"Begroting cafe _ja_.pdf\"; filename*=UTF-8''Begroting%20caf%C3%A9%20%22ja%22.pdf",
    );
    expect(contentDisposition("plan (v2)'s.pdf")).toBe(
      "attachment; filename=\"plan (v2)'s.pdf\"; filename*=UTF-8''plan%20%28v2%29%27s.pdf",
    );
  });
});

describe("sizes", () => {
  it("reads as a person expects, in Belgian notation", () => {
    expect(formatSize(512, "nl")).toBe("512 bytes");
    expect(formatSize(340_000, "nl")).toBe("340 kB");
    expect(formatSize(1_234_567, "nl")).toBe("1,2 MB");
    expect(formatSize(10_000_000, "fr")).toBe("10 Mo");
  });
});
