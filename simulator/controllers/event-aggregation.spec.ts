import { describe, expect, it } from 'vitest';
import { emptyClusterState } from '../model/cluster-state.ts';
import { Engine } from './engine.ts';

// client-go's EventCorrelator counts a repeat of a recent event (same object, reason and message) on the
// existing Event instead of adding one (tools/record/events_cache.go); the simulator looks 64 events back.

const engine = () => new Engine(emptyClusterState([]), 1, 0, 1);
const counts = (e: Engine) => e.state.events.map((ev) => `${ev.object} ${ev.message.en} ×${ev.count}`);

describe('event aggregation', () => {
  it("counts a ReplicaSet's repeated 'Created pod' among many of its own, within the last 64 events only", () => {
    const e = engine();
    const created = (pod: string) => e.record('replica-created', 'ReplicaSet/default/web-1', { pod });
    for (let i = 0; i < 100; i++) created(`web-1-${i}`);
    created('web-1-90'); // 10 events back: counted
    created('web-1-20'); // 80 events back: a new event
    expect(e.state.events).toHaveLength(101);
    expect(e.state.events[90]!.count).toBe(2);
    expect(e.state.events[90]!.message.en).toBe('Created pod: web-1-90');
    expect(counts(e).at(-1)).toBe('ReplicaSet/default/web-1 Created pod: web-1-20 ×1');
  });

  it("counts a Pod's repeated 'Pulling image' among many Pods with the same text, not another Pod's", () => {
    const e = engine();
    for (let i = 0; i < 50; i++) e.record('pulling', `Pod/default/web-${i}`, { image: 'nginx' });
    e.record('pulling', 'Pod/default/web-7', { image: 'nginx' });
    e.record('pulling', 'Pod/default/web-7', { image: 'nginx:1.27' });
    e.record('created', 'Pod/default/web-7', { container: 'web' });
    expect(e.state.events).toHaveLength(52);
    expect(e.state.events[7]!.count).toBe(2);
    expect(e.state.events.filter((ev) => ev.count === 2)).toHaveLength(1);
  });

  it('adds the event again once the counted one was trimmed from the log', () => {
    const e = engine();
    e.record('pulling', 'Pod/default/web-0', { image: 'nginx' });
    e.state.events.splice(0, 1);
    e.record('pulling', 'Pod/default/web-0', { image: 'nginx' });
    expect(counts(e)).toEqual(['Pod/default/web-0 Pulling image "nginx" ×1']);
  });
});
