/** The simulator pieces the load island needs, gathered so the lazy chunk has one entry into the simulator. */
export { LoadRun } from '../../../simulator/openfaas/index.ts';
