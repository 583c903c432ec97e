/**
 * "What this node does with the packet": the iptables rules kube-proxy programs on a chosen node
 * (iptables-save text), with the rules the last request matched highlighted. Self-contained, so the
 * workbench layout can place it; rendered only while its <details> is open (the text is long).
 */
import { rulesMatchedBy, type Simulation, type Trace } from '../../../simulator/index.ts';
import type { UiStrings } from '../../i18n/translate.ts';
import { element, setOptions } from './dom-element.ts';

/** The panel and what the island tells it. */
export interface IptablesPanel {
  element: HTMLElement;
  /** Redraws for the current cluster and, when given, the last request. */
  update(trace?: Trace | null): void;
}

/** Creates the panel over a simulation. */
export function createIptablesPanel(sim: Simulation, l: UiStrings<'simulator.iptables'>): IptablesPanel {
  const select = element('select', { 'aria-label': l.node });
  const note = element('p', { class: 'sim-help' }, l.help);
  const code = element('pre', { class: 'sim-iptables-rules', tabindex: 0 });
  const details = element(
    'details',
    { class: 'sim-iptables' },
    element('summary', {}, l.title),
    element('label', {}, `${l.node} `, select),
    note,
    code,
  );
  let last: Trace | null = null;
  const render = (): void => {
    if (!details.open) return;
    const nodes = sim.snapshot().nodes;
    setOptions(
      select,
      nodes.map((n) => ({ value: n.name, label: `${n.name} (${n.internalIP})` })),
      '',
    );
    const node = nodes.find((n) => n.name === select.value) ?? nodes[0];
    if (!node) return;
    const rules = sim.iptablesSave(node.name) ?? '';
    const matched = new Set(last ? rulesMatchedBy(rules, last, node.internalIP) : []);
    code.replaceChildren(
      ...rules
        .split('\n')
        .map((line) =>
          matched.has(line) ? element('mark', {}, `${line}\n`) : document.createTextNode(`${line}\n`),
        ),
    );
    note.textContent = matched.size > 0 ? l.matched : l.help;
  };
  details.addEventListener('toggle', render);
  select.addEventListener('change', render);
  return {
    element: details,
    update(trace) {
      if (trace !== undefined) last = trace;
      render();
    },
  };
}
