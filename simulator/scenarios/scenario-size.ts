/**
 * A scenario's size, and the one rule that follows from it: a share link holds at most
 * `WORK_LIMITS.nodes` (500) nodes. A bigger course scenario (the 5,000-node envelope) keeps no state in
 * the URL, and its island starts when the student asks, since building it takes seconds.
 */
import { WORK_LIMITS } from '../model/work-limits.ts';
import type { Scenario } from './scenario.ts';

/** How many nodes the scenario's cluster has. */
export function scenarioNodeCount(scenario: Scenario): number {
  return typeof scenario.nodes === 'number' ? scenario.nodes : scenario.nodes.length;
}

/** Whether the scenario's state fits a share link (and its island may start as the page scrolls). */
export function fitsShareLink(scenario: Scenario): boolean {
  return scenarioNodeCount(scenario) <= WORK_LIMITS.nodes.ours;
}
