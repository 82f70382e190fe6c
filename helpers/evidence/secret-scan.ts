/**
 * Scans report and result files for secrets: known literal values, and the shapes of credentials
 * (Basic authorization, JSESSIONID, CSRF tokens, GMS secureKey/userId) that were not redacted. Reads
 * inside the zip archives reports embed (the Playwright HTML report keeps its data in one). A hit says
 * where and what kind, never the value.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { isBasicCredential } from './redact.ts';

const PATTERNS: [string, RegExp, ((m: RegExpExecArray) => boolean)?][] = [
  ['Basic credentials', /Basic (?!\[REDACTED\])([A-Za-z0-9+/]{4,}={0,2})/g, (m) => isBasicCredential(m[1])],
  ['JSESSIONID value', /JSESSIONID=(?!\[REDACTED\])[A-Za-z0-9]{8,}/],
  ['CSRF token value', /x-csrf-token\\?"\s*:\s*\\?"(?!\[REDACTED\])[^"\\]{8,}/i],
  ['secureKey value', /secureKey(?:\\?"\s*:\s*\\?"|=)(?!\[REDACTED\])[^"&\\\s]{6,}/],
  ['GMS userId value', /userId(?:\\?"\s*:\s*\\?"|=)(?!\[REDACTED\])[^"&\\\s]{6,}/],
];

/** The entries of a zip archive (stored or deflated), by name. */
export function unzip(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let i = 0;
  while (i + 30 <= buf.length && buf.readUInt32LE(i) === 0x04034b50) {
    const method = buf.readUInt16LE(i + 8);
    const flags = buf.readUInt16LE(i + 6);
    let size = buf.readUInt32LE(i + 18);
    const nameLen = buf.readUInt16LE(i + 26);
    const extraLen = buf.readUInt16LE(i + 28);
    const name = buf.toString('utf8', i + 30, i + 30 + nameLen);
    const start = i + 30 + nameLen + extraLen;
    if (flags & 0x08) {
      // sizes follow the data: find the central directory entry instead
      const cd = buf.lastIndexOf(Buffer.from(name), buf.length);
      size = cd > 46 ? buf.readUInt32LE(cd - 46 + 20) : 0;
    }
    const data = buf.subarray(start, start + size);
    out.set(name, method === 8 ? inflateRawSync(data) : data);
    i = start + size + (flags & 0x08 ? (buf.readUInt32LE(start + size) === 0x08074b50 ? 16 : 12) : 0);
  }
  return out;
}

function texts(path: string, content: Buffer): [string, string][] {
  const found: [string, string][] = [[path, content.toString('utf8')]];
  if (content.readUInt32LE?.(0) === 0x04034b50) for (const [name, data] of unzip(content)) found.push(...texts(`${path}!${name}`, data));
  const embedded = /data:application\/zip;base64,([A-Za-z0-9+/=]+)/.exec(found[0][1]);
  if (embedded) for (const [name, data] of unzip(Buffer.from(embedded[1], 'base64'))) found.push(...texts(`${path}!${name}`, data));
  return found;
}

export function scanForSecrets(dirs: string[], literals: string[]): string[] {
  const hits: string[] = [];
  const visit = (path: string) => {
    const st = statSync(path);
    if (st.isDirectory()) {
      for (const entry of readdirSync(path)) visit(join(path, entry));
      return;
    }
    const content = readFileSync(path);
    if (content.length < 4) return;
    for (const [where, text] of texts(path, content)) {
      for (const secret of literals) if (text.includes(secret)) hits.push(`${where}: a configured secret (${secret.length} chars)`);
      for (const [what, re, confirm] of PATTERNS) {
        const m = re.global ? [...text.matchAll(re)].find((x) => !confirm || confirm(x)) : re.exec(text);
        // Where it is, never what it is: a scan's report must not leak what it found.
        if (m) hits.push(`${where}: ${what} (at character ${m.index}, ${m[0].length} chars)`);
      }
    }
  };
  for (const dir of dirs) visit(dir);
  return hits;
}
