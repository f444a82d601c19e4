// The names in a Compound File Binary container ([MS-CFB]): the format of the old Office documents (.doc, .xls,
// .ppt), and also of MSI installers and Outlook messages. Its magic bytes alone do not say which, so the directory is
// read: a Word document has a "WordDocument" stream, Excel a "Workbook" (or "Book" before Excel 97), PowerPoint a
// "PowerPoint Document". Pure and defensive: any inconsistency (a sector outside the file, a loop) gives null.

const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Sector numbers from 0xFFFFFFFA up are markers (end of chain, free, FAT and DIFAT sectors), not places.
const lastRegularSector = 0xfffffff9;
const maxDirectorySectors = 4096;

export interface CompoundFileEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
}

export function compoundFileEntries(bytes: Uint8Array): CompoundFileEntry[] | null {
  if (bytes.length < 512 || !signature.every((b, i) => bytes[i] === b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const perSector = sectorSize / 4;
  const offsetOf = (sector: number): number | null => {
    if (sector > lastRegularSector) return null;
    const offset = (sector + 1) * sectorSize;
    return offset + sectorSize <= bytes.length ? offset : null;
  };

  const fatSectorCount = view.getUint32(0x2c, true);
  const firstDirectorySector = view.getUint32(0x30, true);
  let difatSector = view.getUint32(0x44, true);
  const difatSectorCount = view.getUint32(0x48, true);
  if (fatSectorCount > bytes.length / sectorSize) return null;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatSectorCount; i++)
    fatSectors.push(view.getUint32(0x4c + 4 * i, true));
  for (let hops = 0; fatSectors.length < fatSectorCount; hops++) {
    const offset = offsetOf(difatSector);
    if (offset === null || hops > difatSectorCount) return null;
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatSectorCount; i++)
      fatSectors.push(view.getUint32(offset + 4 * i, true));
    difatSector = view.getUint32(offset + sectorSize - 4, true);
  }
  const next = (sector: number): number | null => {
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    const offset = fatSector === undefined ? null : offsetOf(fatSector);
    return offset === null ? null : view.getUint32(offset + 4 * (sector % perSector), true);
  };

  const entries: CompoundFileEntry[] = [];
  const seen = new Set<number>();
  for (let sector = firstDirectorySector; sector <= lastRegularSector;) {
    const offset = offsetOf(sector);
    if (offset === null || seen.has(sector) || seen.size >= maxDirectorySectors) return null;
    seen.add(sector);
    for (let at = offset; at < offset + sectorSize; at += 128) {
      const type = bytes[at + 0x42] as number;
      const nameLength = view.getUint16(at + 0x40, true);
      if (type === 0 || nameLength < 2 || nameLength > 64 || nameLength % 2 !== 0) continue;
      const name = new TextDecoder("utf-16le").decode(bytes.subarray(at, at + nameLength - 2));
      entries.push({ name, type });
    }
    const following = next(sector);
    if (following === null) return null;
    sector = following;
  }
  return entries;
}

export type OldOfficeKind = "doc" | "xls" | "ppt";

/** Which old Office document a compound file is, whether it carries macros; null when it is none of the three. */
export function oldOfficeKind(bytes: Uint8Array): { kind: OldOfficeKind; macros: boolean } | null {
  const entries = compoundFileEntries(bytes);
  if (entries === null) return null;
  const streams = new Set(entries.filter((e) => e.type === 2).map((e) => e.name));
  const storages = new Set(entries.filter((e) => e.type === 1).map((e) => e.name));
  // VBA projects live in "Macros" (Word) and "_VBA_PROJECT_CUR" (Excel); PowerPoint keeps them inside its stream,
  // behind a record we do not parse, so a .ppt is judged by its streams alone.
  const macros = storages.has("Macros") || storages.has("_VBA_PROJECT_CUR");
  if (streams.has("WordDocument")) return { kind: "doc", macros };
  if (streams.has("Workbook") || streams.has("Book")) return { kind: "xls", macros };
  if (streams.has("PowerPoint Document")) return { kind: "ppt", macros };
  return null;
}
