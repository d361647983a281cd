// The doctor report (`joulecheck/doctor@1`): one entry per thing the meter depends on, with the exact fix
// whenever it is not ok. Pure: the schema, the per-component verdicts and the exit code rule.
import { z } from 'zod';

export const DOCTOR_SCHEMA = 'joulecheck/doctor@1';

export const DoctorComponent = z.enum(['cpu', 'dram', 'gpu', 'processes', 'github', 'carbon']);
export type DoctorComponent = z.infer<typeof DoctorComponent>;

export const DoctorStatus = z.enum(['ok', 'warn', 'fail']);
export type DoctorStatus = z.infer<typeof DoctorStatus>;

export const DoctorCheck = z
  .object({
    /** stable dotted id, e.g. `rapl.readable`, `gpu.nvml.energy-counter.0` */
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
    component: DoctorComponent,
    status: DoctorStatus,
    detail: z.string().min(1),
    fix: z.string().min(1).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.status !== 'ok' && c.fix === undefined) ctx.addIssue({ code: 'custom', path: ['fix'], message: `check ${c.id} is ${c.status} and has no fix` });
  });
export type DoctorCheck = z.infer<typeof DoctorCheck>;

/**
 * What a metered run will do per energy component: `measured` from a sensor, `estimated` from a power
 * model, `absent` (no such hardware: no NVIDIA GPU), `broken` (hardware present, no sensor and no
 * estimate: a GPU whose driver does not answer).
 */
export const ComponentVerdict = z.enum(['measured', 'estimated', 'absent', 'broken']);
export type ComponentVerdict = z.infer<typeof ComponentVerdict>;

export const DoctorReport = z.object({
  schema: z.literal(DOCTOR_SCHEMA),
  checks: z.array(DoctorCheck),
  /** energy components only; the other components are judged by their checks */
  components: z.object({ cpu: ComponentVerdict, dram: ComponentVerdict, gpu: ComponentVerdict }).optional(),
});
export type DoctorReport = z.infer<typeof DoctorReport>;

/**
 * 0 when every energy component present will be measured and no check failed; 1 when any component
 * will be estimated or is broken, or a check failed (a token that cannot comment is broken reporting).
 */
export function doctorExitCode(r: DoctorReport): 0 | 1 {
  const c = r.components;
  if (c && Object.values(c).some((v) => v === 'estimated' || v === 'broken')) return 1;
  return r.checks.some((k) => k.status === 'fail') ? 1 : 0;
}

/** A check, with `fix` only when it is not ok (a fix on an ok check would be noise). */
export function check(id: string, component: DoctorComponent, status: DoctorStatus, detail: string, fix?: string): DoctorCheck {
  if (status !== 'ok' && !fix) throw new Error(`doctor check ${id}: status ${status} needs a fix`);
  return { id, component, status, detail, ...(status !== 'ok' && fix ? { fix } : {}) };
}
