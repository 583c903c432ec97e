/** Every lab of the course, in the order the course meets them. */
import type { Lab } from './lab-types.ts';
import { bannerLab } from './banner/index.ts';
import { chatbotLab } from './chatbot/index.ts';
import { helloLab } from './hello/index.ts';
import { searchTermLab } from './search-term/index.ts';
import { sensorAggregationLab } from './sensor-aggregation/index.ts';
import { slowStreamLab } from './slow-stream/index.ts';
import { wordCountLab } from './word-count/index.ts';

const LABS: readonly Lab[] = [
  helloLab,
  wordCountLab,
  bannerLab,
  searchTermLab,
  slowStreamLab,
  sensorAggregationLab,
  chatbotLab,
];

/** All labs, in course order. */
export function listLabs(): readonly Lab[] {
  return LABS;
}

/** The lab with this id, or undefined. */
export function getLab(id: string): Lab | undefined {
  return LABS.find((lab) => lab.id === id);
}
