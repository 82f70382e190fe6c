/**
 * Credentials in free text are redacted and found by the scan; prose that merely says "Basic
 * credentials" is neither (a requirement's source says so, and reports print it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { isBasicCredential, redactText } from './redact.ts';
import { scanForSecrets } from './secret-scan.ts';

const token = Buffer.from('agent1:s3cret-pass').toString('base64');

test('a Basic credential in text is redacted; the words "Basic credentials" are not', () => {
  expect(isBasicCredential(token)).toBe(true);
  expect(isBasicCredential('credentials')).toBe(false);
  expect(redactText(`Authorization: Basic ${token}`)).toBe('Authorization: Basic [REDACTED]');
  expect(redactText('Basic credentials on every request')).toBe('Basic credentials on every request');
  expect(redactText('Bearer abcdefgh.ijk')).toBe('Bearer [REDACTED]');
});

test('the secret scan finds a Basic credential and passes prose about Basic credentials', ({}, testInfo) => {
  const dir = testInfo.outputPath('reports');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'prose.json'), JSON.stringify({ source: 'Basic credentials on every request' }));
  expect(scanForSecrets([dir], [])).toEqual([]);
  writeFileSync(join(dir, 'leak.json'), JSON.stringify({ header: `Basic ${token}` }));
  expect(scanForSecrets([dir], [])).toEqual([expect.stringMatching(/leak\.json: Basic credentials/)]);
});
