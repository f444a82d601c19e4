// Real files built in the tests: a minimal valid PDF, office documents as the programs write them (a zip with
// [Content_Types].xml; an OpenDocument zip with its mimetype first; an old compound file with a "WordDocument"
// stream), and the files that must be refused (an executable, an HTML page), plus the multipart request a browser
// sends.
import type { FastifyInstance } from "fastify";
import { crc32 } from "node:zlib";

export function pdf(text = "Voorstel"): Buffer {
  return Buffer.from(
    [
      "%PDF-1.4",
      "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
      "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
      "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj",
      `% ${text}`,
      "trailer << /Root 1 0 R >>",
      "%%EOF",
      "",
    ].join("\n"),
  );
}

/** A zip archive of stored (uncompressed) entries, in the given order. */
export function zip(entries: { name: string; data: string | Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const data = typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : entry.data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

const wordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const wordMacroMain = "application/vnd.ms-word.document.macroEnabled.main+xml";

function wordPackage(mainType: string): Buffer {
  return zip([
    {
      name: "[Content_Types].xml",
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/word/document.xml" ContentType="${mainType}"/></Types>`,
    },
    {
      name: "word/document.xml",
      data:
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        "<w:body><w:p><w:r><w:t>Begroting</w:t></w:r></w:p></w:body></w:document>",
    },
  ]);
}

export const docx = (): Buffer => wordPackage(wordMain);
export const docm = (): Buffer => wordPackage(wordMacroMain);

export function odt(): Buffer {
  return zip([
    { name: "mimetype", data: "application/vnd.oasis.opendocument.text" },
    { name: "content.xml", data: '<?xml version="1.0" encoding="UTF-8"?><office:document-content/>' },
  ]);
}

/** A Windows executable's first bytes: the MZ header pointing at a PE header. */
export function exe(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write("MZ", 0, "latin1");
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write("PE\0\0", 0x80, "latin1");
  bytes.writeUInt16LE(0x14c, 0x84); // i386
  return bytes;
}

export const html = (): Buffer =>
  Buffer.from("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n");

/** A compound file (512-byte sectors: FAT in sector 0, directory in sector 1) with these entries. */
export function compoundFile(entries: { name: string; type: 1 | 2 }[]): Buffer {
  const sector = 512;
  const bytes = Buffer.alloc(sector * 3, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(0x3e, 0x18);
  bytes.writeUInt16LE(3, 0x1a);
  bytes.writeUInt16LE(0xfffe, 0x1c);
  bytes.writeUInt16LE(9, 0x1e);
  bytes.writeUInt16LE(6, 0x20);
  bytes.writeUInt32LE(1, 0x2c); // one FAT sector
  bytes.writeUInt32LE(1, 0x30); // the directory starts in sector 1
  bytes.writeUInt32LE(4096, 0x38);
  bytes.writeUInt32LE(0xfffffffe, 0x3c);
  bytes.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) bytes.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + 4 * i);
  const fat = sector; // sector 0
  for (let i = 0; i < sector / 4; i++) bytes.writeUInt32LE(0xffffffff, fat + 4 * i);
  bytes.writeUInt32LE(0xfffffffd, fat); // sector 0: the FAT itself
  bytes.writeUInt32LE(0xfffffffe, fat + 4); // sector 1: the directory, one sector long
  const directory = sector * 2; // sector 1
  const all = [{ name: "Root Entry", type: 5 }, ...entries].slice(0, 4);
  all.forEach((entry, i) => {
    const at = directory + 128 * i;
    const name = Buffer.from(`${entry.name}\0`, "utf16le");
    name.copy(bytes, at);
    bytes.writeUInt16LE(name.length, at + 0x40);
    bytes[at + 0x42] = entry.type;
    bytes.writeUInt32LE(0xffffffff, at + 0x44);
    bytes.writeUInt32LE(0xffffffff, at + 0x48);
    bytes.writeUInt32LE(i === 0 && all.length > 1 ? 1 : 0xffffffff, at + 0x4c);
    bytes.writeUInt32LE(0xfffffffe, at + 0x74);
  });
  return bytes;
}

export const oldWordDocument = () => compoundFile([{ name: "WordDocument", type: 2 }]);

/** The body and content type of a browser's multipart upload of one file. */
export function multipart(
  filename: string,
  bytes: Buffer,
  options: { field?: string; contentType?: string } = {},
): { payload: Buffer; contentType: string } {
  const boundary = "----brugtest7MA4YWxkTrZu0gW";
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${options.field ?? "file"}"; filename="${filename}"\r\n` +
      `Content-Type: ${options.contentType ?? "application/octet-stream"}\r\n\r\n`,
    "utf8",
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, "utf8");
  return { payload: Buffer.concat([head, bytes, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

type Headers = { cookie: string; "x-csrf-token": string };

export function uploadVia(
  app: FastifyInstance,
  headers: Headers,
  candidacyId: string,
  filename: string,
  bytes: Buffer,
  options: { contentType?: string } = {},
) {
  const body = multipart(filename, bytes, options);
  return app.inject({
    method: "POST",
    url: `/api/candidacies/${candidacyId}/attachments`,
    headers: { ...headers, "content-type": body.contentType },
    payload: body.payload,
  });
}

export type FormPart = { name: string; value: string } | { name: string; filename: string; bytes: Buffer };

/** The body and content type of a browser's multipart form with these parts, in order (text fields and files). */
export function multipartForm(parts: FormPart[]): { payload: Buffer; contentType: string } {
  const boundary = "----brugtestform9Qx2LmZ7";
  const chunks = parts.flatMap((part) =>
    "value" in part
      ? [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`)]
      : [
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\n` +
              "Content-Type: application/octet-stream\r\n\r\n",
          ),
          part.bytes,
          Buffer.from("\r\n"),
        ],
  );
  return {
    payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
