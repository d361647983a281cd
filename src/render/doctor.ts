// The doctor report as text (terminal, action log) and as the job summary's one "Sensors" line. Pure.
import type { DoctorCheck, DoctorComponent, DoctorReport } from '../model/doctor.ts';

const ORDER: DoctorComponent[] = ['cpu', 'dram', 'gpu', 'processes', 'github', 'carbon'];
const MARK = { ok: 'ok  ', warn: 'WARN', fail: 'FAIL' } as const;

function indent(text: string, pad: string): string {
  return text
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

/** One line on what a run will do per energy component, e.g. `cpu measured, dram estimated, gpu absent`. */
export function verdictLine(r: DoctorReport): string {
  const c = r.components;
  return c ? `cpu ${c.cpu}, dram ${c.dram}, gpu ${c.gpu}` : 'no machine checks';
}

export function renderDoctorText(r: DoctorReport): string {
  const fails = r.checks.filter((c) => c.status === 'fail').length;
  const warns = r.checks.filter((c) => c.status === 'warn').length;
  const lines = [`joulecheck doctor: ${verdictLine(r)}; ${fails} failing, ${warns} warning(s), ${r.checks.length} checks`];
  for (const comp of ORDER) {
    const cs = r.checks.filter((c) => c.component === comp);
    if (cs.length === 0) continue;
    lines.push('', comp);
    for (const c of cs) lines.push(...renderCheck(c, sameFixAs(r, c)));
  }
  return lines.join('\n') + '\n';
}

/** The id of an earlier check with the same fix (one fix often cures several checks: print it once). */
export function sameFixAs(r: DoctorReport, c: DoctorCheck): string | null {
  if (!c.fix) return null;
  const ordered = ORDER.flatMap((comp) => r.checks.filter((k) => k.component === comp));
  const first = ordered.find((k) => k.fix === c.fix);
  return first && first !== c ? first.id : null;
}

export function renderCheck(c: DoctorCheck, same: string | null = null): string[] {
  const out = [`  ${MARK[c.status]}  ${c.id}: ${c.detail}`];
  if (c.fix) out.push(same ? `        fix: the same as ${same}` : '        fix:', ...(same ? [] : [indent(c.fix, '          ')]));
  return out;
}

/** The `::warning` text of a failing check: what is wrong, then the fix (the runner keeps the newlines). */
export function warningText(c: DoctorCheck, same: string | null = null): string {
  return `joulecheck doctor ${c.id}: ${c.detail}\nfix:${same ? ` the same as ${same}` : `\n${c.fix ?? ''}`}`;
}

/**
 * The job summary's "Sensors" line: what is measured, what estimated, and where the fix is.
 * `fixLink`: the docs page a user follows.
 */
export function sensorsLine(r: DoctorReport, fixLink: string): string {
  const c = r.components;
  const measured = c ? (['cpu', 'dram', 'gpu'] as const).filter((k) => c[k] === 'measured') : [];
  const estimated = c ? (['cpu', 'dram', 'gpu'] as const).filter((k) => c[k] === 'estimated' || c[k] === 'broken') : [];
  const failing = r.checks.filter((k) => k.status === 'fail').map((k) => `\`${k.id}\``);
  const parts = [
    `measured: ${measured.length > 0 ? measured.join(', ') : 'nothing'}`,
    `estimated: ${estimated.length > 0 ? estimated.join(', ') : 'nothing'}`,
  ];
  const tail = failing.length > 0 ? `; ${failing.length} failing check(s) (${failing.join(', ')}), each with its fix in the step log; [how to fix](${fixLink})` : '';
  return `**Sensors**: ${parts.join('; ')}${tail}\n`;
}
