// The import direction of src/ (see docs/architecture.md): each layer imports only the layers below it.
//   entries -> action, cli -> run, appendix -> meter, carbon, github, log -> render -> analysis -> accounting -> model
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
  ['action', ['run', 'appendix', 'meter', 'carbon', 'github', 'log', 'render', 'analysis', 'accounting', 'model']],
  ['cli', ['run', 'appendix', 'meter', 'carbon', 'github', 'log', 'render', 'analysis', 'accounting', 'model']],
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
