import { describe, expect, it } from 'vitest';
import { ARCH_FLOWS, ARCH_LINKS, ARCH_NODES, NODE_H, NODE_W } from './architecture-layout.ts';
import { uiStrings } from '../../i18n/translate.ts';

describe('serverless architecture layout', () => {
  it('maps the course model onto OpenFaaS: gateway = API gateway, NATS = event queue, queue-worker = dispatcher, function Pods = workers', () => {
    const en = uiStrings('en', 'openfaas');
    const map = Object.fromEntries(ARCH_NODES.map((n) => [en[n.label], en[n.mapsTo]]));
    expect(map['API gateway']).toContain('gateway');
    expect(map['Event queue']).toBe('NATS');
    expect(map['Dispatcher']).toBe('queue-worker');
    expect(map['Workers']).toContain('function Pods');
    expect(ARCH_NODES.filter((n) => n.group === 'edge').map((n) => n.id)).toEqual([
      'ui',
      'gateway',
      'sources',
    ]);
  });

  it('draws every link from the side of one box to the side of the other', () => {
    const touches = (id: string, x: number, y: number): boolean => {
      const n = ARCH_NODES.find((node) => node.id === id)!;
      return (
        x >= n.x &&
        x <= n.x + NODE_W &&
        y >= n.y &&
        y <= n.y + NODE_H &&
        (x === n.x || x === n.x + NODE_W || y === n.y || y === n.y + NODE_H)
      );
    };
    for (const link of ARCH_LINKS) {
      const [x1, y1, x2, y2] = link.points;
      expect(touches(link.from, x1, y1), `${link.id} start`).toBe(true);
      expect(touches(link.to, x2, y2), `${link.id} end`).toBe(true);
    }
  });

  it('has flows that chain link to link, ending at the workers', () => {
    for (const flow of Object.values(ARCH_FLOWS)) {
      const links = flow.links.map((id) => ARCH_LINKS.find((l) => l.id === id)!);
      links.slice(1).forEach((l, i) => expect(l.from).toBe(links[i]!.to));
      expect(links.at(-1)?.to).toBe('workers');
    }
  });
});
