/**
 * The import boundaries (`npm run lint` checks them with dependency-cruiser):
 *   - src/lib holds the rules and machinery; it never reaches up into the Strapi glue (src/api) or
 *     the job registry (src/jobs);
 *   - src/lib/platform is shared machinery: it imports no domain;
 *   - the scale seed and the scripts do not climb: src/seed never imports src/jobs, scripts never
 *     import bench (bench may use scripts);
 *   - no import cycles anywhere.
 * Type-only imports count too: a type that must be imported from above belongs lower down.
 */
const DOMAINS = 'complaints|reporting|inspections|volunteers|training|dashboard|security';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-not-to-api-or-jobs',
      comment: 'src/lib is below the Strapi glue (src/api) and the job registry (src/jobs)',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/(api|jobs)/' },
    },
    {
      name: 'platform-not-to-domains',
      comment: 'src/lib/platform is shared machinery and imports no domain',
      severity: 'error',
      from: { path: '^src/lib/platform/' },
      to: { path: `^src/lib/(${DOMAINS})/` },
    },
    {
      name: 'seed-not-to-jobs',
      comment: 'the scale seed writes data; it does not run or import jobs',
      severity: 'error',
      from: { path: '^src/seed/' },
      to: { path: '^src/jobs/' },
    },
    {
      name: 'scripts-not-to-bench',
      comment: 'the everyday scripts do not depend on the benchmark; shared helpers live in scripts/',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^bench/' },
    },
    {
      name: 'no-circular',
      comment: 'import cycles make load order matter and hide which module is the lower one',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'an import that resolves to nothing',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|build|\\.test-dist|\\.cache|\\.tmp|\\.strapi|coverage|bench/out|types/generated)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
