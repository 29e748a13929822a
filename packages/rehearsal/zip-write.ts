/** A zip of files in memory, as upload-artifact makes an artifact (deflated members, Unix modes, UTF-8 names). */
import { crc32, deflateRawSync } from 'node:zlib';

/** One member: its path inside the zip and its bytes. */
export interface ZipMember {
  name: string;
  data: Buffer;
}

function header(size: number, fields: Array<[number, 2 | 4, number]>): Buffer {
  const buffer = Buffer.alloc(size);
  for (const [offset, width, value] of fields)
    if (width === 2) buffer.writeUInt16LE(value, offset);
    else buffer.writeUInt32LE(value >>> 0, offset);
  return buffer;
}

/** The zip of `members` (no zip64: artifacts rehearsed here are far below 4 GiB). */
export function writeZip(members: readonly ZipMember[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const member of members) {
    const name = Buffer.from(member.name);
    const body = deflateRawSync(member.data);
    const crc = crc32(member.data);
    const local = header(30, [
      [0, 4, 0x04034b50],
      [4, 2, 20],
      [6, 2, 0x800],
      [8, 2, 8],
      [14, 4, crc],
      [18, 4, body.length],
      [22, 4, member.data.length],
      [26, 2, name.length],
    ]);
    parts.push(local, name, body);
    central.push(
      header(46, [
        [0, 4, 0x02014b50],
        [4, 2, 0x0314],
        [6, 2, 20],
        [8, 2, 0x800],
        [10, 2, 8],
        [16, 4, crc],
        [20, 4, body.length],
        [24, 4, member.data.length],
        [28, 2, name.length],
        [38, 4, 0o100644 << 16],
        [42, 4, offset],
      ]),
      name,
    );
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = header(22, [
    [0, 4, 0x06054b50],
    [8, 2, members.length],
    [10, 2, members.length],
    [12, 4, directory.length],
    [16, 4, offset],
  ]);
  return Buffer.concat([...parts, directory, end]);
}
