// What pnpm pack / pnpm publish write into a tarball's package.json (pnpm >= 10.28): the workspace-only parts
// dropped. `@verikit/source` points the workspace at TypeScript sources; in a published package it would send a
// user's bundler that sets the condition to files it cannot build, so only the dist conditions are published.
// Scripts and devDependencies mean nothing outside the repository.
const SOURCE_CONDITION = '@verikit/source';

function withoutSourceCondition(exports) {
  if (exports === null || typeof exports !== 'object') return exports;
  if (Array.isArray(exports)) return exports.map(withoutSourceCondition);
  const kept = {};
  for (const [key, value] of Object.entries(exports)) {
    if (key !== SOURCE_CONDITION) kept[key] = withoutSourceCondition(value);
  }
  return kept;
}

module.exports = {
  hooks: {
    beforePacking(pkg) {
      if (!pkg.name?.startsWith('@verikit/')) return pkg;
      const { scripts, devDependencies, ...published } = pkg;
      published.exports = withoutSourceCondition(pkg.exports);
      return published;
    },
  },
};
