// `npm audit --omit=dev` as a CI gate: a high or critical finding in a
// runtime dependency fails the run; an audit endpoint that cannot answer
// (a registry or mirror without it answers 405, or no network) is a warning,
// because it says nothing about the dependencies either way.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const FAILING = ['high', 'critical'];

/**
 * Reads `npm audit --json` output. Returns `fail` with the findings at high
 * or critical, `ok` with the counts, or `unavailable` when the output is an
 * npm error (no `metadata.vulnerabilities`) or not JSON at all.
 */
export function auditVerdict(text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return {
      status: 'unavailable',
      reason: `npm audit printed no JSON report (${text.trim().split('\n')[0]?.slice(0, 200) || 'nothing'})`,
    };
  }
  const counts = doc?.metadata?.vulnerabilities;
  if (!counts || typeof counts !== 'object') {
    const why = doc?.message || doc?.error?.summary || doc?.error?.code || (doc?.statusCode ? `HTTP ${doc.statusCode}` : '');
    return { status: 'unavailable', reason: `the audit endpoint answered with an error${why ? `: ${why}` : ''}` };
  }
  const findings = Object.entries(doc.vulnerabilities ?? {})
    .filter(([, v]) => FAILING.includes(v?.severity))
    .map(([name, v]) => `${name} (${v.severity}${v.range ? `, ${v.range}` : ''}${v.fixAvailable ? ', fix available' : ''})`);
  const severe = FAILING.reduce((n, s) => n + (Number(counts[s]) || 0), 0);
  if (severe > 0 || findings.length > 0) return { status: 'fail', findings, counts };
  return { status: 'ok', counts };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const verdict = auditVerdict(r.stdout ?? '');
  if (verdict.status === 'unavailable') {
    console.log(`::warning title=npm audit::npm audit could not run, so dependencies were not checked for advisories: ${verdict.reason}`);
    process.exit(0);
  }
  const summary = Object.entries(verdict.counts)
    .filter(([k, n]) => k !== 'total' && n > 0)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  if (verdict.status === 'fail') {
    console.error(`npm audit: high or critical advisories in runtime dependencies (${summary}):`);
    for (const f of verdict.findings) console.error(`  ${f}`);
    console.error('Update the dependency (npm audit fix --omit=dev, or a newer version in package.json) and rebuild the bundles.');
    process.exit(1);
  }
  console.log(`npm audit: no high or critical advisory in runtime dependencies${summary ? ` (${summary})` : ''}`);
}
