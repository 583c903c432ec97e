/**
 * The public types of the cluster simulator. Other folders (the site island, the OpenFaaS layer, the export
 * module, labs) code against these through simulator/index.ts; nothing here depends on the implementation.
 * Each concept has its own file in `api/`; this file gathers them.
 */
export type * from './api/manifest-types.ts';
export type * from './api/simulation-options.ts';
export type * from './api/snapshot-types.ts';
export type * from './api/trace-types.ts';
export type * from './api/simulation-api.ts';
