/**
 * `npm run lint:firefox`: Mozilla's own linter (addons-linter, the checks addons.mozilla.org runs on upload)
 * over the Firefox store package that `npm run zip` made. Fails on any error, and on any warning that is not
 * one of those README.md "Firefox package: linter warnings" explains (each named by code and the bundled
 * files it may come from), so a new warning cannot slip into the store package unexplained. Runs offline.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { storePackagePath } from './support/store-packages';

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
}

interface LintOutput {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/**
 * Warnings explained in README.md, all from bundled third-party code: zod's probe `Function("")` (it checks
 * whether eval is allowed; the extension pages' CSP forbids it, so the probe fails and zod does not use code
 * generation; content scripts carry no zod), lodash/regenerator fallbacks to
 * `Function("return this")` inside exceljs (unused: globalThis exists), and innerHTML in React DOM (only for
 * dangerouslySetInnerHTML, which no component uses) and @mozilla/readability (on a detached copy of the
 * item description, where no script runs).
 */
const EXPLAINED: { code: string; file: RegExp }[] = [
  { code: 'DANGEROUS_EVAL', file: /^(background\.js|chunks\/[\w.-]+\.js)$/ },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^(content-scripts\/platform\.js|chunks\/[\w.-]+\.js)$/ },
];

/** Runs addons-linter on a package (zip or directory) and returns its JSON report. */
export function lintFirefoxPackage(path: string): LintOutput {
  const bin = resolve(import.meta.dirname, '../node_modules/.bin/addons-linter');
  // Exit status 1 means "errors found": the report on stdout says which, so read it either way.
  const run = spawnSync(bin, ['--output', 'json', '--boring', path], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (run.error) throw run.error;
  try {
    return JSON.parse(run.stdout) as LintOutput;
  } catch {
    throw new Error(`addons-linter printed no report (exit ${run.status}):\n${run.stderr}`);
  }
}

/** The warnings that README.md does not explain. */
export function findUnexplainedWarnings(warnings: readonly LintMessage[]): LintMessage[] {
  return warnings.filter((w) => !EXPLAINED.some((e) => e.code === w.code && e.file.test(w.file ?? '')));
}

function describe(m: LintMessage): string {
  return `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} — ${m.message}${m.description ? `\n    ${m.description}` : ''}`;
}

function main(): void {
  const target = process.argv[2] ?? storePackagePath('firefox');
  if (!existsSync(target)) throw new Error(`${target} is missing: run \`npm run zip\` first`);
  const report = lintFirefoxPackage(target);
  const unexplained = findUnexplainedWarnings(report.warnings);
  console.log(
    `addons-linter ${target}: ${report.summary.errors} errors, ${report.summary.warnings} warnings ` +
      `(${report.warnings.length - unexplained.length} explained in README.md), ${report.summary.notices} notices`,
  );
  for (const m of report.errors) console.log(`error\n${describe(m)}`);
  for (const m of unexplained) console.log(`unexplained warning\n${describe(m)}`);
  if (report.errors.length || unexplained.length) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
