/**
 * The certificate's archive: a gzip-compressed POSIX tar (ustar, with a pax header for a path longer
 * than ustar holds), written and read in memory with Node's zlib, so that `tar xzf` opens it anywhere
 * and the suite needs no archive package. Only regular files: the reader refuses links and devices, and
 * paths that leave the archive's folder, naming the entry.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

const BLOCK = 512;

export class ArchiveError extends Error {}

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function header(name: string, size: number, mtime: number, type: '0' | 'x', prefix = ''): Buffer {
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, 'utf8');
  h.write(octal(0o644, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(mtime, 12), 136, 'ascii');
  h.write(' '.repeat(8), 148, 'ascii');
  h.write(type, 156, 'ascii');
  h.write('ustar\u000000', 257, 'ascii');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return h;
}

function padded(data: Buffer): Buffer[] {
  const rest = data.length % BLOCK;
  return rest === 0 ? [data] : [data, Buffer.alloc(BLOCK - rest)];
}

/** ustar's split of a path into prefix and name, when it fits (name up to 100 bytes, prefix up to 155). */
function split(path: string): { name: string; prefix: string } | undefined {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: '' };
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name) return { name, prefix };
  }
  return undefined;
}

/** A pax record "<length> path=<path>\n", whose length counts itself. */
function paxPath(path: string): Buffer {
  const body = ` path=${path}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body);
  return Buffer.from(`${length}${body}`, 'utf8');
}

/** A .tar.gz of `files` (path in the archive → content), in the order given, every entry dated `mtime`. */
export function writeTarGz(files: [string, Buffer][], mtime: Date): Buffer {
  const seconds = Math.floor(mtime.getTime() / 1000);
  const parts: Buffer[] = [];
  for (const [path, data] of files) {
    const fits = split(path);
    if (fits) parts.push(header(fits.name, data.length, seconds, '0', fits.prefix));
    else {
      const pax = paxPath(path);
      parts.push(header('PaxHeader', pax.length, seconds, 'x'), ...padded(pax));
      parts.push(header(path.slice(-100), data.length, seconds, '0'));
    }
    parts.push(...padded(data));
  }
  parts.push(Buffer.alloc(2 * BLOCK));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

function text(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? length : end).toString('utf8');
}

function number(block: Buffer, start: number, length: number): number {
  const field = text(block, start, length).trim();
  return field === '' ? 0 : Number.parseInt(field, 8);
}

/** The pax records of an extended header, by key. */
function paxRecords(data: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let i = 0;
  while (i < data.length) {
    const space = data.indexOf(0x20, i);
    const length = Number(data.toString('ascii', i, space));
    if (space < 0 || !Number.isInteger(length) || length <= 0) break;
    const record = data.toString('utf8', space + 1, i + length - 1);
    const eq = record.indexOf('=');
    records.set(record.slice(0, eq), record.slice(eq + 1));
    i += length;
  }
  return records;
}

/**
 * The regular files of a .tar.gz, by path, in archive order. An archive that is not gzip, a damaged
 * header, a link or device, a path that leaves the archive (absolute, `..`) or a path given twice
 * throws an ArchiveError saying what is wrong.
 */
export function readTarGz(archive: Buffer): Map<string, Buffer> {
  if (archive.length < 2 || archive[0] !== 0x1f || archive[1] !== 0x8b)
    throw new ArchiveError('not a gzip archive (a certificate is a .tar.gz, or its folder)');
  let tar: Buffer;
  try {
    tar = gunzipSync(archive);
  } catch (err) {
    throw new ArchiveError(`a damaged gzip archive (truncated, or changed): ${(err as Error).message}`);
  }
  const files = new Map<string, Buffer>();
  let longName: string | undefined;
  for (let at = 0; at + BLOCK <= tar.length; ) {
    const block = tar.subarray(at, at + BLOCK);
    if (block.every((b) => b === 0)) return files;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i];
    if (!text(block, 257, 6).startsWith('ustar') || number(block, 148, 8) !== sum)
      throw new ArchiveError(`not a tar archive inside the gzip, or a damaged header (at byte ${at})`);
    const size = number(block, 124, 12);
    const type = text(block, 156, 1) || '0';
    const prefix = text(block, 345, 155);
    const data = tar.subarray(at + BLOCK, at + BLOCK + size);
    if (data.length !== size) throw new ArchiveError(`a truncated archive: its last entry stops short (at byte ${at})`);
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    // Archives made by hand (`tar czf c.tar.gz ./certificate`) name their entries ./certificate/...
    const name = (longName ?? (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100))).replace(/^(\.\/)+/, '');
    if (type === 'x' || type === 'L') {
      longName = type === 'x' ? paxRecords(data).get('path') : text(data, 0, data.length);
      continue;
    }
    longName = undefined;
    if (type === 'g' || type === '5' || name === '' || name === '.') continue; // global pax header, folder
    if (type !== '0' && type !== '7')
      throw new ArchiveError(`${name}: a link or special file (tar type ${type}), not a file of a certificate`);
    if (name.startsWith('/') || name.split('/').includes('..')) throw new ArchiveError(`${name}: a path that leaves the archive's folder`);
    if (files.has(name)) throw new ArchiveError(`${name}: in the archive twice`);
    files.set(name, Buffer.from(data));
  }
  throw new ArchiveError('a truncated archive: it has no end-of-archive blocks');
}
