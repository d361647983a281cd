// The import direction of src/ (see docs/architecture.md): each layer imports only the layers below it.
//   entries -> action, cli -> run, appendix, doctor -> meter, carbon, github, log -> render -> analysis -> accounting -> model
// Inside meter/ each sensor is a folder that imports no other sensor, and the sampling engine reaches the
// sensors only through meter/types.ts (interfaces) and meter/sensors.ts (the one composition point).
// Pure layers (model, accounting, analysis, render) reach no adapter: no @actions/*, no filesystem, no processes.
const LAYERS = [
  // [folder, folders it may import besides itself]
  ['model', []],
  ['accounting', ['model']],
  ['analysis', ['accounting', 'model']],
  ['render', ['analysis', 'accounting', 'model']],
  ['log', ['model']],
  ['carbon', ['render', 'analysis', 'accounting', 'model']],
  ['github', ['render', 'analysis', 'accounting', 'model']],
  ['meter', ['carbon', 'log', 'render', 'analysis', 'accounting', 'model']],
  ['run', ['meter', 'carbon', 'github', 'log', 'render', 'analysis', 'accounting', 'model']],
  ['appendix', ['carbon', 'log', 'render', 'analysis', 'accounting', 'model']],
  ['doctor', ['meter', 'render', 'analysis', 'accounting', 'model']],
  ['action', ['run', 'appendix', 'doctor', 'meter', 'carbon', 'github', 'log', 'render', 'analysis', 'accounting', 'model']],
  ['cli', ['run', 'appendix', 'doctor', 'meter', 'carbon', 'github', 'log', 'render', 'analysis', 'accounting', 'model']],
];
// The folders of src/meter/: [folder, files or folders of meter/ it may import besides itself]. Sampling's
// power series, SM timeline, context tenancy and SM consistency check are the sensors' helpers (pure, no sensor behind them).
const SENSORS = ['rapl', 'procfs', 'nvml', 'smi', 'amd'];
const SENSOR_SHARED = ['types\\.ts', 'koffi\\.ts', 'sampling/(power-series|sm-timeline|tenancy|sm-consistency|counter-series)\\.ts'];
const METER = [
  ...SENSORS.map((f) => [f, SENSOR_SHARED]),
  ['sampling', ['types\\.ts', 'sensors\\.ts']],
];
const PURE = ['model', 'accounting', 'analysis', 'render'];
const alt = (xs) => `(${xs.join('|')})`;

module.exports = {
  forbidden: [
    ...LAYERS.map(([layer, allowed]) => ({
      name: `layer-${layer}`,
      comment: `src/${layer}/ may import only ${allowed.length ? allowed.map((a) => `src/${a}/`).join(', ') : 'itself'}`,
      severity: 'error',
      from: { path: `^src/${layer}/` },
      to: { path: '^src/', pathNot: `^src/${alt([layer, ...allowed])}/` },
    })),
    ...METER.map(([folder, allowed]) => ({
      name: `meter-${folder}`,
      comment: `src/meter/${folder}/ may import, of src/meter/, only ${allowed.map((a) => a.replace(/\\/g, '')).join(', ')} besides itself`,
      severity: 'error',
      from: { path: `^src/meter/${folder}/` },
      to: { path: '^src/meter/', pathNot: `^src/meter/${alt([`${folder}/`, ...allowed])}` },
    })),
    {
      name: 'pure-layers-no-adapters',
      comment: 'model, accounting, analysis and render are pure: no toolkit, filesystem, network or processes',
      severity: 'error',
      from: { path: `^src/${alt(PURE)}/` },
      to: { path: '^(@actions/|@octokit/|node:(fs|child_process|net|http|https|worker_threads))|^(fs|child_process|net|http|https|worker_threads)$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'src-not-from-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
