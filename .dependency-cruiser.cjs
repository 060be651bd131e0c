/**
 * Architecture rules, checked by `npm run lint:deps` (part of `npm test`).
 * - Business areas are libs; a lib uses another only through its public index.ts.
 * - Dependencies point one way, along LAYERS below (a lib may use those listed for it).
 * - apps only compose libs; nothing imports from apps except tests and scripts.
 */
const LAYERS = {
  common: [],
  database: ['common'],
  mail: ['common'],
  organisations: ['common', 'database'],
  identity: ['common', 'database', 'organisations', 'jobs', 'mail'],
  catalogue: ['common', 'database', 'organisations', 'identity', 'jobs'],
  jobs: ['common', 'database'],
  notifications: ['common', 'database', 'jobs', 'identity', 'mail'],
  enrolments: ['common', 'database', 'jobs', 'identity', 'catalogue', 'notifications'],
  'knowledge-bank': ['common', 'database', 'jobs', 'identity', 'organisations', 'catalogue'],
  incompany: ['common', 'database', 'identity', 'organisations', 'catalogue', 'notifications', 'knowledge-bank'],
  privacy: [
    'common',
    'database',
    'jobs',
    'identity',
    'catalogue',
    'enrolments',
    'notifications',
    'knowledge-bank',
    'incompany',
    'programmes',
    'evaluations',
    'alumni',
    'trainers',
    'demand',
  ],
  'catalogue-import': ['common', 'database', 'organisations', 'identity', 'catalogue'],
  // The demo seed goes through the owning areas' services, including questions and in-company requests.
  'demo-data': [
    'common',
    'database',
    'organisations',
    'identity',
    'catalogue',
    'enrolments',
    'catalogue-import',
    'knowledge-bank',
    'incompany',
    'programmes',
    'alumni',
    'evaluations',
    'trainers',
    'demand',
  ],
  audit: ['common', 'database'],
  // Read-only figures across areas (issue #12 item 6), through the owners' views: no lib imports needed.
  insights: ['common', 'database'],
  alumni: ['common', 'database', 'jobs', 'mail', 'identity', 'notifications'],
  evaluations: ['common', 'database', 'jobs', 'identity', 'catalogue', 'enrolments', 'notifications'],
  // Demand reads questions, courses, sessions and teachers through their owners' views.
  demand: ['common', 'database', 'jobs', 'identity', 'catalogue', 'notifications', 'knowledge-bank'],
  trainers: ['common', 'database', 'jobs', 'identity', 'catalogue', 'notifications', 'evaluations'],
  // Programmes build on the enrolment engine: a cohort is a catalogue session booked as one package.
  programmes: [
    'common',
    'database',
    'jobs',
    'mail',
    'organisations',
    'identity',
    'catalogue',
    'enrolments',
    'notifications',
    'evaluations',
  ],
};

const libRules = Object.entries(LAYERS).map(([lib, deps]) => ({
  from: { path: `^libs/${lib}/` },
  to: { path: deps.length ? `^libs/(${deps.join('|')})/src/index\\.ts$` : '^$' },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'no-unknown-lib',
      comment: 'Every lib must be placed in LAYERS in .dependency-cruiser.cjs',
      severity: 'error',
      from: { path: '^libs/', pathNot: `^libs/(${Object.keys(LAYERS).join('|')})/` },
      to: {},
    },
    {
      name: 'web-feature-pages-stay-home',
      comment:
        'A web feature does not import another feature’s pages: move what they share to ui/ or the owning feature',
      severity: 'error',
      from: { path: '^apps/web/src/features/([^/]+)/' },
      to: { path: '^apps/web/src/features/[^/]+/[^/]*Pages?\\.tsx$', pathNot: '^apps/web/src/features/$1/' },
    },
    {
      name: 'no-server-code-in-web',
      comment: 'The web app talks to the API through the generated client only',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^(libs/|apps/(api|worker)/)' },
    },
  ],
  allowed: [
    {
      from: {},
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-peer', 'npm-optional', 'npm-no-pkg', 'core', 'type-only'] },
    },
    { from: { path: '^libs/([^/]+)/' }, to: { path: '^libs/$1/' } },
    { from: { path: '^apps/' }, to: { path: '^(apps/|libs/[^/]+/src/index\\.ts$)' } },
    {
      from: { path: '(^test/|^scripts/|^bench/|\\.spec\\.ts$)' },
      to: { path: '^(apps/|libs/|test/|scripts/|bench/)' },
    },
    ...libRules,
  ],
  allowedSeverity: 'error',
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|^node_modules/)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['types', 'import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js', '.json'],
      mainFields: ['types', 'module', 'main'],
    },
  },
};
