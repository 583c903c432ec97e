/**
 * The packet card: the packet as it leaves the hop the animation has reached — source and destination
 * ip:port, what was rewritten there (DNAT, masquerade, Traefik's new connection, conntrack's reverse) and
 * why, and flannel's VXLAN wrapper when it crosses nodes. Self-contained, so the workbench layout can place
 * it beside the diagram; it needs a simulation created with `packets: true`.
 */
import type { Hop } from '../../../simulator/index.ts';
import type { UiStrings } from '../../i18n/translate.ts';
import { element } from './dom-element.ts';

/** The card and what the island tells it. */
export interface PacketCard {
  element: HTMLElement;
  /** Shows the packet of `hop` (null clears the card). */
  show(hop: Hop | null): void;
}

/** Creates the card. */
export function createPacketCard(l: UiStrings<'simulator.packet'>, lang: 'es' | 'en'): PacketCard {
  const body = element('div', { class: 'sim-packet-body' }, element('p', { class: 'sim-help' }, l.empty));
  const card = element(
    'section',
    { class: 'sim-packet', 'aria-label': l.title, 'aria-live': 'polite' },
    element('h4', { class: 'sim-panel-title' }, l.title),
    body,
  );
  const row = (label: string, value: string): HTMLElement =>
    element('div', {}, element('dt', {}, label), element('dd', {}, element('code', {}, value)));
  return {
    element: card,
    show(hop) {
      if (!hop) {
        body.replaceChildren(element('p', { class: 'sim-help' }, l.empty));
        return;
      }
      const p = hop.packet;
      if (!p) {
        body.replaceChildren(element('p', { class: 'sim-help' }, l.none));
        return;
      }
      const parts: HTMLElement[] = [
        element(
          'p',
          { class: 'sim-packet-rewrite', 'data-rewrite': p.rewrite },
          `${p.protocol} · ${l[`rewrite.${p.rewrite}`]}`,
        ),
        element('dl', {}, row(l.source, p.src), row(l.destination, p.dst)),
      ];
      if (p.vxlan)
        parts.push(
          element(
            'p',
            { class: 'sim-packet-vxlan' },
            `${l.vxlan} — ${l.outer}: ${p.vxlan.outerSrc} → ${p.vxlan.outerDst}, UDP ${p.vxlan.udpPort}, VNI ${p.vxlan.vni}`,
          ),
        );
      parts.push(element('p', { class: 'sim-help' }, p.reason[lang]));
      body.replaceChildren(...parts);
    },
  };
}
