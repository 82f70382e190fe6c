/**
 * The traceability table covers the docs and the catalogue both ways, and what the suite publishes
 * (README requirement table, helpers/judges/traceability.md) cannot go stale unnoticed.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import { figures, fillFigures } from './figures.ts';
import { renderTraceability, replaceSection, TRACEABILITY_FILE } from './published.ts';

const schema = (name: string) => JSON.parse(readFileSync(`schemas/${name}.schema.json`, 'utf8')) as unknown;

/** Every property name a schema declares, at any depth. */
function properties(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) properties(n, into);
  else if (node && typeof node === 'object') {
    const props = (node as { properties?: unknown }).properties;
    if (props && typeof props === 'object') for (const k of Object.keys(props)) into.add(k);
    for (const v of Object.values(node)) properties(v, into);
  }
  return into;
}

const words = (s: string) => new Set(s.split(/[^A-Za-z]+/).filter(Boolean));

const FACT_SHEET = readFileSync('docs/gws-chat-api-facts.md', 'utf8');
/** The source tags the fact sheet's table of sources defines (S1.., C1..). */
const SOURCE_TAGS = new Set([...FACT_SHEET.matchAll(/^\| ([SC]\d+) \|/gm)].map((m) => m[1]));

/**
 * What a fact cites that does not resolve in the fact sheet: a source tag its table of sources lacks, or a
 * section (§4.3: a heading; §11.2: a heading, or item 2 of section 11's list) it does not have.
 */
function unresolved(fact: string): string[] {
  const lines = FACT_SHEET.split('\n');
  const section = (n: string) => {
    const [major, minor] = n.split('.');
    const start = lines.findIndex((l) => l.startsWith(`## ${major}. `));
    if (start < 0) return false;
    if (!minor) return true;
    if (lines.some((l) => l.startsWith(`### ${major}.${minor} `))) return true;
    const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
    return lines.slice(start, end < 0 ? undefined : end).some((l) => l.startsWith(`${minor}. `));
  };
  return [
    ...[...fact.matchAll(/\b([SC]\d+)\b/g)].map((m) => m[1]).filter((tag) => !SOURCE_TAGS.has(tag)),
    ...[...fact.matchAll(/§(\d+(?:\.\d+)?)/g)]
      .map((m) => m[1])
      .filter((n) => !section(n))
      .map((n) => `§${n}`),
  ];
}

test.describe('the traceability table', () => {
  test('every requirement checks at least one documented fact, and every fact names catalogued requirements', () => {
    const ids = new Set(SUITE.requirements.map((r) => r.id));
    const traced = new Set(SUITE.traces.flatMap((t) => t.requirements));
    expect(SUITE.requirements.map((r) => r.id).filter((id) => !traced.has(id))).toEqual([]);
    expect([...traced].filter((id) => !ids.has(id))).toEqual([]);
  });

  test('a fact no requirement checks says why; a checked fact needs no excuse', () => {
    for (const t of SUITE.traces) {
      const name = `${t.subject}: ${t.case}`;
      if (t.requirements.length === 0) expect(t.reason ?? '', name).toMatch(/^.{20,}$/);
      else expect(t.reason, name).toBeUndefined();
      // A real doc page: a source tag (S1.., C1..) or a section of the fact sheet, and each one it cites resolves there.
      expect(t.fact, name).toMatch(/\b[SC]\d+\b|§\d/);
      expect(unresolved(t.fact), name).toEqual([]);
    }
  });

  test('a fact that cites no page, or a page or section the fact sheet does not have, is refused', () => {
    expect(unresolved('Bayeux protocol, not a GWS page')).toEqual([]);
    expect('Bayeux protocol, not a GWS page').not.toMatch(/\b[SC]\d+\b|§\d/);
    expect(unresolved('the handshake carries the credentials (C1, C2; §3); the offer (§6.5); gaps (§11.2)')).toEqual([]);
    expect(unresolved('S99 says so (C7; §12; §4.9; §11.30)')).toEqual(['S99', 'C7', '§12', '§4.9', '§11.30']);
  });

  test('each Accept parameter is traced in every case: present, absent, and invalid values', () => {
    for (const p of properties(schema('accept-request'))) {
      const cases = SUITE.traces.filter((t) => t.aspect === 'parameter' && t.subject === p).map((t) => t.case);
      expect(cases.length, `${p}: ${cases.join(', ')}`).toBeGreaterThanOrEqual(4);
      expect(
        cases.some((c) => /absent/.test(c)),
        `${p} absent`,
      ).toBe(true);
    }
  });

  test('every property the payload schemas declare is a row of the table', () => {
    const named = new Set(SUITE.traces.flatMap((t) => [...words(t.subject)]));
    for (const file of [
      'operation-response',
      'chat-state-change-message',
      'message-log-updated',
      'chat',
      'participant',
      'chats-notification',
    ])
      for (const p of properties(schema(file))) expect(named.has(p), `${file}: ${p}`).toBe(true);
  });

  test('every security mechanism has negative cases beyond "missing"', () => {
    const security = SUITE.traces.filter((t) => t.aspect === 'security' && t.requirements.length > 0);
    for (const mechanism of ['Basic credentials', 'CSRF token', 'CometD handshake', 'session cookie (JSESSIONID)', 'per-agent channel'])
      expect(
        security.some((t) => t.subject === mechanism),
        mechanism,
      ).toBe(true);
    expect(security.filter((t) => t.subject === 'Basic credentials').length).toBeGreaterThanOrEqual(3);
    expect(security.filter((t) => t.subject === 'CSRF token').length).toBeGreaterThanOrEqual(3);
  });
});

test.describe('what the suite publishes', () => {
  const generate = (cwd: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', resolve('helpers/cli/generate-docs.ts'), '--check'], { cwd, encoding: 'utf8' });

  test('the committed README table and traceability file are what the catalogues give', () => {
    const run = generate(process.cwd());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(TRACEABILITY_FILE, 'utf8')).toBe(renderTraceability());
  });

  test('a stale requirement table or traceability file fails the check, naming the command that fixes it', ({}, testInfo) => {
    const dir = testInfo.outputPath('copy');
    mkdirSync(join(dir, 'helpers/judges'), { recursive: true });
    const readme = readFileSync('README.md', 'utf8');
    writeFileSync(join(dir, TRACEABILITY_FILE), renderTraceability());
    writeFileSync(join(dir, 'README.md'), readme.replace(SUITE.requirements[0].text, 'Accept answers something.'));
    expect(generate(dir)).toMatchObject({ status: 1, stderr: expect.stringMatching(/README\.md differ.*npm run generate/) });
    writeFileSync(join(dir, 'README.md'), readme);
    writeFileSync(join(dir, TRACEABILITY_FILE), renderTraceability().replace('ACCEPT-AUTH-03', 'ACCEPT-AUTH-09'));
    expect(generate(dir)).toMatchObject({ status: 1, stderr: expect.stringMatching(/traceability\.md differ.*npm run generate/) });
  });

  test('a figure the README states is filled in from the code or the last bench; a stale or unknown one fails', () => {
    const all = figures();
    expect(fillFigures('<!-- figure:faults -->41<!-- /figure --> faults', all)).toBe(
      `<!-- figure:faults -->${SUITE.faults.length}<!-- /figure --> faults`,
    );
    expect(() => fillFigures('<!-- figure:fautls -->41<!-- /figure -->', all)).toThrow(/names no figure: the figures are .*faults/);
    // Every figure of the committed README is what the code and docs/measured.json give.
    const readme = readFileSync('README.md', 'utf8');
    expect(fillFigures(readme, all)).toBe(readme);
    expect(readme).toMatch(/<!-- figure:faults -->\d+<!-- \/figure -->/);
    expect(readme.match(/<!-- figure:/g)?.length).toBeGreaterThan(10);
  });

  test('a README without the markers is refused with what to do', () => {
    expect(() => replaceSection('no markers here', 'requirements', 'x')).toThrow(/markers .* are missing: put them around/);
  });
});
