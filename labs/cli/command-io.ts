/**
 * What the export and deploy commands read and write: core's CommandIo, on Node's streams, files and
 * environment by default, fakes in tests.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { nodeCommandIo, type CommandIo } from '../../core/index.ts';

/** The command line's view of the outside world. */
export type ExportCliIo = CommandIo;

/** The real one. */
export const NODE_IO: ExportCliIo = nodeCommandIo({ mkdirSync, readFileSync, writeFileSync }, process);
