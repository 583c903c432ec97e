/** Every lab of the course, in the order the course meets them. */
import type { Lab } from './lab-types.ts';
import { helloLab } from './hello/index.ts';

const LABS: readonly Lab[] = [helloLab];

/** All labs, in course order. */
export function listLabs(): readonly Lab[] {
  return LABS;
}

/** The lab with this id, or undefined. */
export function getLab(id: string): Lab | undefined {
  return LABS.find((lab) => lab.id === id);
}
