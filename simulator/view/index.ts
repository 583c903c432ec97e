/** The simulator's drawing: the only simulator folder that touches the DOM. */
export { createTopologyView } from './topology-view.ts';
export type { TopologyLabels, TopologyView, TopologyViewOptions } from './topology-view.ts';
export { layoutTopology, podTone, fitLabel } from './topology-layout.ts';
export type { TopologyLayout, PodTone, Point } from './topology-layout.ts';
export { placeTrace } from './trace-path.ts';
export type { PlacedHop } from './trace-path.ts';
