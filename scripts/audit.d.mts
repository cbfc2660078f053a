/** What `npm audit --json` output says: findings at high/critical fail; an npm error means the audit could not run. */
export function auditVerdict(
  text: string,
):
  | { status: 'ok'; counts: Record<string, number> }
  | { status: 'fail'; findings: string[]; counts: Record<string, number> }
  | { status: 'unavailable'; reason: string };
