/**
 * Set the modification time of every entry of a zip file (as JSZip writes them, in UTC). exceljs zips the workbook
 * with JSZip, which stamps every entry with the clock; the workbook of a run should depend on the run alone. The
 * time is in two fields of each entry (its local header and its central-directory record), outside the compressed
 * data and its CRC, so rewriting them changes nothing else. Zip64 and multi-disk archives are not handled: a
 * workbook of this size is neither.
 */
export function setZipDates(zip: Buffer, date: Date): Buffer {
  const out = Buffer.from(zip);
  const { time, day } = dosDateTime(date);
  const end = endOfCentralDirectory(out);
  let at = out.readUInt32LE(end + 16);
  for (let i = 0; i < out.readUInt16LE(end + 10); i += 1) {
    if (out.readUInt32LE(at) !== 0x02014b50) throw new Error(`setZipDates: no central-directory record at ${at}`);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error(`setZipDates: no local header at ${local}`);
    out.writeUInt16LE(time, at + 12);
    out.writeUInt16LE(day, at + 14);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(day, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

function endOfCentralDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at -= 1) if (zip.readUInt32LE(at) === 0x06054b50) return at;
  throw new Error('setZipDates: not a zip file (no end of central directory)');
}

/** MS-DOS time (2-second resolution) and date, from the UTC fields as JSZip reads them; 1980 is the earliest. */
function dosDateTime(date: Date): { time: number; day: number } {
  if (date.getUTCFullYear() < 1980) return { time: 0, day: (1 << 5) | 1 };
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    day: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}
