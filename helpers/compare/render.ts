/**
 * The comparison as files: compare.md (side by side, readable as text), compare.json (the Comparison,
 * schemas/compare.schema.json) and compare-junit.xml (one failed test case per regression, one passed
 * case per drift, one error per part not compared (skipped when verdicts only were asked), so any CI
 * lists them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Comparison } from '../contract/generated/payloads.ts';
import { RULES } from './rules.ts';

const cell = (s: string | number | undefined) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

export function comparisonMarkdown(c: Comparison): string {
  const lines = [`# Comparison: ${c.outcome.toUpperCase().replace('-', ' ')}`, '', `**${c.line}**`, ''];
  lines.push('| | Baseline | Current |', '|---|---|---|');
  const row = (name: string, f: (s: Comparison['baseline']) => string | number) =>
    lines.push(`| ${name} | ${cell(f(c.baseline))} | ${cell(f(c.current))} |`);
  row('Folders', (s) => s.folders.join(', '));
  row('Runs (transcripts)', (s) => `${s.runs} (${s.transcripts})`);
  row('Outcomes', (s) => s.outcomes.join(', '));
  row('Suite', (s) => s.suite);
  row('Schemas', (s) => s.schemasFingerprint.slice(0, 19));
  row('Target', (s) => s.target);
  row('Profile', (s) => s.profile);
  row('CometD transport used', (s) => `${s.transport}${s.transportAsked ? ` (${s.transportAsked} asked)` : ''}`);
  lines.push('');
  if (c.notCompared.length > 0) lines.push('## Not compared', '', ...c.notCompared.map((n) => `- ${n.text}`), '');
  if (c.warnings.length > 0) lines.push('## Warnings', '', ...c.warnings.map((w) => `- ${w}`), '');
  if (c.regressions.length > 0) lines.push('## Regressions', '', ...c.regressions.map((r) => `- ${r}`), '');
  lines.push('## Verdict changes', '');
  if (c.verdicts.length === 0) lines.push('None.', '');
  else {
    lines.push('| Requirement | Change | Baseline | Current | Why (current) |', '|---|---|---|---|---|');
    for (const v of c.verdicts)
      lines.push(`| ${v.id} | ${v.change} | ${cell(v.before)} | ${cell(v.after)} | ${cell(v.afterReason ?? v.beforeReason)} |`);
    lines.push('');
  }
  // An empty list says "none" only of a part that was compared.
  const not = (part: 'contract' | 'timing') => c.notCompared.find((n) => n.parts.includes(part));
  const contract = not('contract');
  lines.push('## Contract drift', '');
  if (contract && contract.reason !== 'different-scenarios') lines.push(`Not compared: ${contract.text}.`, '');
  else if (contract && c.drift.length === 0)
    lines.push('None over the scenarios every run ran; the others were not compared (see above).', '');
  else if (c.drift.length === 0) lines.push('None.', '');
  else {
    if (contract) lines.push('Over the scenarios every run ran only; the others were not compared (see above).', '');
    lines.push('| Kind | What | Baseline | Current | Class | Rule |', '|---|---|---|---|---|---|');
    for (const d of c.drift)
      lines.push(
        `| ${cell(d.kind)} | ${cell(`${d.aspect}${d.pointer ? ` ${d.pointer}` : ''} ${d.change}${d.documented ? ' (documented)' : ''}${d.flaky ? ' (flaky)' : ''}`)} | ${cell(d.before ?? (d.change === 'removed' ? 'present' : ''))} | ${cell(d.after ?? (d.change === 'added' ? 'present' : ''))} | ${d.class} | ${d.rule} |`,
      );
    lines.push('');
  }
  lines.push('## Timing', '');
  if (not('timing')) lines.push(`Not compared: ${not('timing')!.text}.`, '');
  else if (c.timing.length === 0) lines.push('No timing on both sides.', '');
  else {
    lines.push('| Kind | Metric | Baseline (ms) | Current (ms) | Flagged |', '|---|---|---|---|---|');
    for (const t of c.timing) lines.push(`| ${cell(t.kind)} | ${t.metric} | ${t.beforeMs} | ${t.afterMs} | ${t.flagged ? 'SLOWER' : ''} |`);
    lines.push('');
  }
  lines.push(
    '## How drift is classified',
    '',
    '| Rule | Class | Why |',
    '|---|---|---|',
    ...RULES.map((r) => `| ${r.id} | ${r.class} | ${cell(r.why)} |`),
    '',
  );
  return lines.join('\n');
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function comparisonJunit(c: Comparison): string {
  // Not compared as asked (verdicts only) is skipped; not compared otherwise is an error: the comparison is incomplete.
  const missed = c.notCompared.filter((n) => n.reason !== 'verdicts-only').length;
  const cases = [
    ...c.notCompared.map(
      (n) =>
        `    <testcase classname="compare.not-compared" name="${xml(`${n.parts.join(' and ')}: not compared (${n.reason})`)}">${n.reason === 'verdicts-only' ? `<skipped message="${xml(n.text)}"/>` : `<error message="${xml(n.text)}"/>`}</testcase>`,
    ),
    ...c.regressions.map((r) => `    <testcase classname="compare.regressions" name="${xml(r)}"><failure message="${xml(r)}"/></testcase>`),
    ...c.drift.map(
      (d) =>
        `    <testcase classname="compare.drift" name="${xml(d.text)}"><system-out>${xml(`${d.class} (${d.rule})`)}</system-out></testcase>`,
    ),
  ];
  if (cases.length === 0) cases.push('    <testcase classname="compare" name="no regression, no drift"/>');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="gws-chat-conformance compare" tests="${cases.length}" failures="${c.regressions.length}" errors="${missed}">`,
    `  <testsuite name="compare" tests="${cases.length}" failures="${c.regressions.length}" errors="${missed}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** Writes compare.md, compare.json and compare-junit.xml into `dir`; returns their paths. */
export function writeComparison(dir: string, c: Comparison): string[] {
  mkdirSync(dir, { recursive: true });
  const files: [string, string][] = [
    ['compare.md', comparisonMarkdown(c)],
    ['compare.json', `${JSON.stringify(c, null, 1)}\n`],
    ['compare-junit.xml', comparisonJunit(c)],
  ];
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return files.map(([name]) => join(dir, name));
}
