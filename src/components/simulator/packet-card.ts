/**
 * The packet card: the packet as it leaves the hop the animation has reached — source and destination
 * ip:port, what was rewritten there (DNAT, masquerade, Traefik's new connection, conntrack's reverse) and
 * why, and flannel's VXLAN wrapper when it crosses nodes. Self-contained, so the workbench layout can place
 * it beside the diagram; it needs a simulation created with `packets: true`.
 */
import type { Hop, PacketRewrite } from '../../../simulator/index.ts';
import { element } from './dom-element.ts';

/** The card's labels; the same keys in both languages. */
const LABELS = {
  es: {
    title: 'El paquete',
    empty: 'Envía una petición: aquí verás el paquete en cada salto.',
    none: 'Este salto no envía un paquete propio.',
    source: 'Origen',
    destination: 'Destino',
    vxlan: 'Túnel VXLAN de flannel',
    outer: 'Cabecera exterior',
    rewrite: {
      none: 'sin cambios',
      dnat: 'DNAT',
      'dnat+masquerade': 'DNAT + masquerade',
      proxy: 'nueva conexión (proxy)',
      'conntrack-reverse': 'respuesta: conntrack deshace el NAT',
    } satisfies Record<PacketRewrite, string>,
  },
  en: {
    title: 'The packet',
    empty: 'Send a request to see the packet at every hop.',
    none: 'This hop sends no packet of its own.',
    source: 'Source',
    destination: 'Destination',
    vxlan: 'flannel VXLAN tunnel',
    outer: 'Outer header',
    rewrite: {
      none: 'unchanged',
      dnat: 'DNAT',
      'dnat+masquerade': 'DNAT + masquerade',
      proxy: 'new connection (proxy)',
      'conntrack-reverse': 'reply: conntrack undoes the NAT',
    } satisfies Record<PacketRewrite, string>,
  },
} as const;

/** The card and what the island tells it. */
export interface PacketCard {
  element: HTMLElement;
  /** Shows the packet of `hop` (null clears the card). */
  show(hop: Hop | null): void;
}

/** Creates the card. */
export function createPacketCard(lang: 'es' | 'en'): PacketCard {
  const l = LABELS[lang];
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
          `${p.protocol} · ${l.rewrite[p.rewrite]}`,
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
