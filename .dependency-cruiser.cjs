/**
 * The import graph runs one way: events ← domain ← functions ← infra and local. A file may import
 * its own layer or a lower one, never a higher one, and no files import each other in a circle.
 * Type-only imports count: a type pulled from above ties the lower layer to the higher one all the same.
 * test/ and bench/ may import anything, so they are not cruised.
 */
const upward = (layer, higher) => ({
  name: `${layer}-not-upward`,
  comment: `${layer}/ is below ${higher.join(', ')}/: it imports only its own layer and the ones beneath`,
  severity: 'error',
  from: { path: `^${layer}/` },
  to: { path: `^(${higher.join('|')})/` },
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'files in a circle can be neither read, tested nor moved one at a time',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    upward('events', ['domain', 'functions', 'infra', 'local']),
    upward('domain', ['functions', 'infra', 'local']),
    upward('functions', ['infra', 'local']),
    {
      name: 'aggregates-not-to-views',
      comment: 'views are folded from the aggregates, so an aggregate never needs a view',
      severity: 'error',
      from: { path: '^domain/', pathNot: '^domain/views/' },
      to: { path: '^domain/views/' },
    },
  ],
  options: {
    includeOnly: '^(domain|events|functions|infra|local)/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
