/**
 * The certificate's archive format: what the writer packs, the reader gives back byte for byte (long
 * paths too), `tar` opens it and the reader opens what `tar` packs; a damaged or foreign archive is
 * refused, saying what is wrong.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { scratchDir } from '../evidence/scratch.ts';
import { ArchiveError, readTarGz, writeTarGz } from './tar.ts';

const LONG = `certificate/allure-report/data/attachments/${'a'.repeat(90)}.json`; // over 100 bytes: ustar's prefix
const LONGER = `certificate/${'deep/'.repeat(60)}file.json`; // over 255 bytes: a pax header
const FILES: [string, Buffer][] = [
  ['certificate/summary.json', Buffer.from('{"outcome":"conformant"}\n')],
  ['certificate/empty.txt', Buffer.alloc(0)],
  ['certificate/block.bin', Buffer.alloc(512, 7)],
  ['certificate/transcripts/accept.json', Buffer.from('{"é":"ü"}')],
  [LONG, Buffer.from('long')],
  [LONGER, Buffer.from('longer')],
];
const hasTar = spawnSync('tar', ['--version']).status === 0;

test('what the writer packs, the reader gives back byte for byte, in order, long paths included', () => {
  const archive = writeTarGz(FILES, new Date('2026-01-02T03:04:05Z'));
  expect([...readTarGz(archive)]).toEqual(FILES);
  // The same files and date give the same bytes: an archive's hash identifies its content.
  expect(writeTarGz(FILES, new Date('2026-01-02T03:04:05Z')).equals(archive)).toBe(true);
});

test('tar opens the archive, and the reader opens what tar packs', () => {
  test.skip(!hasTar, 'no tar on this machine');
  const dir = scratchDir('gws-tar');
  writeFileSync(join(dir, 'ours.tar.gz'), writeTarGz(FILES, new Date()));
  const out = join(dir, 'out');
  mkdirSync(out);
  const x = spawnSync('tar', ['xzf', join(dir, 'ours.tar.gz'), '-C', out], { encoding: 'utf8' });
  expect(x.status, x.stderr).toBe(0);
  for (const [path, data] of FILES) expect(readFileSync(join(out, path)).equals(data), path).toBe(true);
  // GNU tar's own format (./ names, folders, long names its way) read back.
  const c = spawnSync('tar', ['czf', join(dir, 'theirs.tar.gz'), '-C', out, '.'], { encoding: 'utf8' });
  expect(c.status, c.stderr).toBe(0);
  const theirs = readTarGz(readFileSync(join(dir, 'theirs.tar.gz')));
  for (const [path, data] of FILES) expect(theirs.get(path)?.equals(data), path).toBe(true);
  expect(theirs.size).toBe(FILES.length);
});

test('a damaged or foreign archive is refused, saying what is wrong', () => {
  const archive = writeTarGz(FILES, new Date());
  const refusal = (buf: Buffer) => {
    try {
      readTarGz(buf);
      return 'read';
    } catch (err) {
      expect(err).toBeInstanceOf(ArchiveError);
      return (err as Error).message;
    }
  };
  expect(refusal(Buffer.from('{"not":"an archive"}'))).toMatch(/^not a gzip archive/);
  expect(refusal(archive.subarray(0, archive.length - 40))).toMatch(/^a damaged gzip archive/);
  const changed = Buffer.from(archive);
  changed[archive.length >> 1] ^= 1;
  expect(refusal(changed)).toMatch(/^a damaged gzip archive/);
  expect(refusal(gzipSync(Buffer.from('plain text, not tar'.padEnd(1024, ' '))))).toMatch(/^not a tar archive inside the gzip/);
  const tar = gunzipSync(archive);
  expect(refusal(gzipSync(tar.subarray(0, 512 + 100)))).toMatch(/^a truncated archive/);
  // A link, and a path out of the archive's folder.
  const link = gunzipSync(writeTarGz([['certificate/x', Buffer.alloc(0)]], new Date()));
  link.write('2', 156, 'ascii');
  expect(refusal(gzipSync(rechecksum(link)))).toMatch(/^certificate\/x: a link or special file/);
  expect(refusal(writeTarGz([['../escape.json', Buffer.from('x')]], new Date()))).toMatch(/^\.\.\/escape\.json: a path that leaves/);
  expect(refusal(writeTarGz([FILES[0], FILES[0]], new Date()))).toMatch(/in the archive twice/);
});

/** A header whose bytes were edited, with its checksum made right again. */
function rechecksum(tar: Buffer): Buffer {
  tar.write(' '.repeat(8), 148, 'ascii');
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += tar[i];
  tar.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return tar;
}
