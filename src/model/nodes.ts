// Multi-node runs: the optional parts of `joulecheck/summary@1` a merged summary adds (every existing field
// path keeps its meaning: energy is summed over nodes), and the node identity a node's log and summary carry.
import { z } from 'zod';

const energy = () => z.number().finite().nonnegative();
const ComponentEnergy = z.object({ cpu: energy(), dram: energy(), gpu: energy() });
const SensorOf = z.object({ kind: z.enum(['measured', 'estimated', 'none']), sensor: z.string().optional(), model: z.string().optional() });

/** Which node of which multi-node run a log (header) or a node's own summary belongs to. */
export const NodeIdentity = z.object({
  /** the node's name as the launcher knows it (SLURMD_NODENAME), never the hostname */
  name: z.string().min(1),
  /** the run all nodes share (the SLURM job and step, or the --run-id given by hand) */
  run_id: z.string().min(1),
  /** false: the node's log had no footer (its meter was killed): its energy stops at its last sample */
  footer: z.boolean().optional(),
});
export type NodeIdentity = z.infer<typeof NodeIdentity>;

export const NodeStatus = z.enum(['ok', 'partial', 'missing']);
export type NodeStatus = z.infer<typeof NodeStatus>;

/** One node of a merged summary, so a reader sees each node's share. */
export const NodeEntry = z.object({
  name: z.string(),
  /** ok; partial: its log has no footer (meter killed); missing: no log or no summary arrived */
  status: NodeStatus,
  /** why a node is missing or partial */
  reason: z.string().optional(),
  hardware: z
    .object({
      hostname: z.string(),
      cpu_model: z.string(),
      logical_cpus: z.number().int().positive(),
      gpus: z.array(z.string()),
    })
    .optional(),
  sensors: z.object({ cpu: SensorOf, dram: SensorOf, gpu: SensorOf }).optional(),
  energy_j: z.object({ machine: ComponentEnergy, attributed: ComponentEnergy, total: energy() }).optional(),
  started_at: z.string().optional(),
  ended_at: z.string().nullable().optional(),
  duration_s: energy().optional(),
  exit_code: z.number().int().nullable().optional(),
  signal: z.string().nullable().optional(),
  /** the node's log, relative to the merged summary */
  log: z.string().optional(),
});
export type NodeEntry = z.infer<typeof NodeEntry>;

/** The optional fields a merged summary adds to `joulecheck/summary@1`. */
export const MultiNodeFields = {
  /** every node of the run, in launcher order; missing nodes included */
  nodes: z.array(NodeEntry).optional(),
  /** number of nodes the run was meant to have (nodes.length) */
  node_count: z.number().int().positive().optional(),
  /** true: some node's energy is absent or cut short; the totals are a lower bound, not the run's energy */
  incomplete: z.boolean().optional(),
  /** names of the nodes whose energy is absent or cut short */
  missing_nodes: z.array(z.string()).optional(),
  /** set on a node's own summary (not on the merged one) */
  node: NodeIdentity.optional(),
};
