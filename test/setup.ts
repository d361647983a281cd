// npm puts the node@24 devDependency first on PATH; `npm ci --ignore-scripts` skips its binary and npm
// silently falls back to the system Node. Fail loudly instead of testing on the wrong runtime.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  throw new Error(
    `joulecheck tests need Node >= 24 (the action runs on node24), got ${process.versions.node}. ` +
      'Run `npm ci` (with install scripts) so the pinned node@24 devDependency is installed.',
  );
}
