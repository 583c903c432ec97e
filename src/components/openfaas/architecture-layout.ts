import { type UiStrings } from '../../i18n/translate.ts';

/** The parts of the course's serverless platform model. */
export type ArchNodeId = 'ui' | 'gateway' | 'sources' | 'queue' | 'dispatcher' | 'workers';

/** A box of the diagram: its place, the model's name and the OpenFaaS part it maps to (string keys). */
export interface ArchNode {
  id: ArchNodeId;
  group: 'edge' | 'master';
  x: number;
  y: number;
  label: keyof UiStrings<'openfaas'>;
  mapsTo: keyof UiStrings<'openfaas'>;
}

/** A connection between two boxes, drawn as a straight line from `from`'s side to `to`'s side. */
export interface ArchLink {
  id: string;
  from: ArchNodeId;
  to: ArchNodeId;
  points: [number, number, number, number];
}

/** Box width in the 720 × 360 viewBox. */
export const NODE_W = 240;
/** Box height in the same viewBox. */
export const NODE_H = 62;

/** Edge on the left (UI, API gateway, event sources), master on the right (event queue, dispatcher, workers). */
export const ARCH_NODES: readonly ArchNode[] = [
  { id: 'ui', group: 'edge', x: 40, y: 58, label: 'archUi', mapsTo: 'archUiMap' },
  { id: 'gateway', group: 'edge', x: 40, y: 163, label: 'archGateway', mapsTo: 'archGatewayMap' },
  { id: 'sources', group: 'edge', x: 40, y: 268, label: 'archSources', mapsTo: 'archSourcesMap' },
  { id: 'queue', group: 'master', x: 440, y: 58, label: 'archQueue', mapsTo: 'archQueueMap' },
  { id: 'dispatcher', group: 'master', x: 440, y: 163, label: 'archDispatcher', mapsTo: 'archDispatcherMap' },
  { id: 'workers', group: 'master', x: 440, y: 268, label: 'archWorkers', mapsTo: 'archWorkersMap' },
];

/** The groups' frames: [x, y, width, height]. */
export const ARCH_GROUPS: Record<'edge' | 'master', [number, number, number, number]> = {
  edge: [20, 28, 280, 316],
  master: [420, 28, 280, 316],
};

/** The links, each with its line's end points. */
export const ARCH_LINKS: readonly ArchLink[] = [
  { id: 'ui-gateway', from: 'ui', to: 'gateway', points: [160, 120, 160, 163] },
  { id: 'sources-gateway', from: 'sources', to: 'gateway', points: [160, 268, 160, 225] },
  { id: 'gateway-queue', from: 'gateway', to: 'queue', points: [280, 180, 440, 95] },
  { id: 'queue-dispatcher', from: 'queue', to: 'dispatcher', points: [560, 120, 560, 163] },
  { id: 'dispatcher-workers', from: 'dispatcher', to: 'workers', points: [560, 225, 560, 268] },
  { id: 'gateway-workers', from: 'gateway', to: 'workers', points: [280, 208, 440, 295] },
];

/** One way through the platform: the links a request follows and the sentence for each step. */
export interface ArchFlow {
  links: readonly string[];
  steps: ReadonlyArray<keyof UiStrings<'openfaas'>>;
}

/** The synchronous (/function) and asynchronous (/async-function) journeys. */
export const ARCH_FLOWS: Record<'sync' | 'async', ArchFlow> = {
  sync: {
    links: ['ui-gateway', 'gateway-workers'],
    steps: ['archStepSync1', 'archStepSync2', 'archStepSync3'],
  },
  async: {
    links: ['sources-gateway', 'gateway-queue', 'queue-dispatcher', 'dispatcher-workers'],
    steps: ['archStepAsync1', 'archStepAsync2', 'archStepAsync3', 'archStepAsync4'],
  },
};
