/**
 * The lists the simulator's workbench is built from, shared by the island (mount-simulator.ts) and its
 * build-time first paint (SimulatorFirstPaint.astro), so the two cannot drift apart: the drawing's legend
 * tones and the control tabs in their order.
 */
import type { UiStrings } from '../../i18n/translate.ts';

/** The pod states the legend under the drawing explains, in its order (each has a `tones.*` string). */
export const LEGEND_TONES = ['ready', 'starting', 'not-ready', 'failing', 'terminating'] as const;

/** The workbench's control tabs, in their order (the first is selected at mount). */
export const WORKBENCH_TAB_KEYS = ['send', 'operations', 'steps', 'yaml', 'kubectl', 'iptables'] as const;

/** One of WORKBENCH_TAB_KEYS. */
export type WorkbenchTabKey = (typeof WORKBENCH_TAB_KEYS)[number];

/** The tab's label in the page's language (`iptables` is the command's name in both). */
export function workbenchTabLabel(key: WorkbenchTabKey, t: UiStrings<'simulator'>): string {
  const labels: Record<WorkbenchTabKey, string> = {
    send: t.tabSend,
    operations: t.tabOperations,
    steps: t.tabSteps,
    yaml: t.yaml,
    kubectl: t.kubectl,
    iptables: 'iptables',
  };
  return labels[key];
}
