import { describe, expect, it } from 'vitest';
import { createClockDriver } from './clock-driver.ts';

describe('createClockDriver', () => {
  it('advances only while running, scaled by speed, and steps while paused', () => {
    const advanced: number[] = [];
    const driver = createClockDriver({ advance: (ms) => advanced.push(ms) }, { speed: 2 });
    driver.tick(16);
    expect(advanced).toEqual([]);
    driver.play();
    driver.tick(16);
    driver.setSpeed(10);
    driver.tick(10);
    expect(advanced).toEqual([32, 100]);
    driver.pause();
    driver.tick(16);
    driver.step(5000);
    expect(advanced).toEqual([32, 100, 5000]);
    expect(driver.state()).toEqual({ mode: 'paused', speed: 10 });
    driver.dispose();
  });

  it('caps a long real gap (a background tab) and notifies subscribers', () => {
    const advanced: number[] = [];
    const driver = createClockDriver({ advance: (ms) => advanced.push(ms) });
    const states: string[] = [];
    const unsubscribe = driver.subscribe((s) => states.push(s.mode));
    driver.play();
    driver.tick(60_000);
    expect(advanced).toEqual([250]);
    unsubscribe();
    driver.pause();
    expect(states).toContain('running');
    expect(states.at(-1)).toBe('running');
  });
});
