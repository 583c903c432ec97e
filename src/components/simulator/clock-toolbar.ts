/**
 * The clock controls over the engine's XState clock driver: play/pause, step, speed, the simulated time,
 * and the zoom buttons of the drawing (so zoom works from the keyboard too). While playing, the driver
 * is ticked from requestAnimationFrame.
 */
import type { ClockDriver } from '../../../simulator/index.ts';
import { element } from './dom-element.ts';
import { type UiStrings } from '../../i18n/translate.ts';

/** The toolbar, with a way to show the time and a disposer for its animation loop. */
export interface ClockToolbar {
  element: HTMLElement;
  /** Zoom out, in and fit: drawn over the drawing's corner (as a map's), so the toolbar fits one row. */
  zoomControls: HTMLElement;
  /** "Paused — press Play or Step", for the drawing: shown only while the clock is paused. */
  pausedBadge: HTMLElement;
  showTime(ms: number): void;
  dispose(): void;
}

/** The clock's speeds, as the toolbar's menu offers them (×1 first, the speed it starts at). */
export const SPEEDS = [1, 2, 5, 10, 30, 60] as const;

/** The simulated time as the toolbar shows it: `m:ss`. */
export function formatTime(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Creates the toolbar. */
export function createClockToolbar(
  driver: ClockDriver,
  t: UiStrings<'simulator'>,
  zoom: { by(f: number): void; reset(): void },
  reset: () => void,
): ClockToolbar {
  const play = element(
    'button',
    { type: 'button', class: 'button', 'data-sim': 'play', 'aria-pressed': 'false' },
    `▶ ${t.play}`,
  );
  const step = element('button', { type: 'button', class: 'button ghost', 'data-sim': 'step' }, t.step);
  const speedId = `sim-speed-${Math.floor(performance.now() * 1000) % 1e9}`;
  const speed = element(
    'select',
    { id: speedId, 'data-sim': 'speed' },
    ...SPEEDS.map((s) => element('option', { value: s }, `×${s}`)),
  );
  const time = element('output', { class: 'sim-time', 'aria-label': t.time }, '0:00');
  const mode = element('span', { class: 'sim-mode' }, t.paused);
  const pausedBadge = element('p', { class: 'sim-paused-badge', 'data-sim': 'paused' }, t.pausedBanner);
  const zoomIn = element(
    'button',
    { type: 'button', class: 'button ghost icon', 'aria-label': t.zoomIn, title: t.zoomIn },
    '+',
  );
  const zoomOut = element(
    'button',
    { type: 'button', class: 'button ghost icon', 'aria-label': t.zoomOut, title: t.zoomOut },
    '−',
  );
  const zoomReset = element(
    'button',
    { type: 'button', class: 'button ghost', title: t.zoomReset },
    t.zoomReset,
  );
  // An icon with its name for screen readers and as a tooltip: the toolbar fits one row beside the controls.
  const resetButton = element(
    'button',
    {
      type: 'button',
      class: 'button ghost icon',
      'data-sim': 'reset',
      'aria-label': t.reset,
      title: t.reset,
    },
    '↺',
  );
  zoomIn.addEventListener('click', () => zoom.by(1.3));
  zoomOut.addEventListener('click', () => zoom.by(1 / 1.3));
  zoomReset.addEventListener('click', () => zoom.reset());
  resetButton.addEventListener('click', reset);

  let frame = 0;
  let last = 0;
  const loop = (now: number): void => {
    driver.tick(last ? now - last : 0);
    last = now;
    frame = requestAnimationFrame(loop);
  };
  const render = (): void => {
    const state = driver.state();
    const running = state.mode === 'running';
    play.textContent = running ? `⏸ ${t.pause}` : `▶ ${t.play}`;
    play.setAttribute('aria-pressed', String(running));
    mode.textContent = running ? t.running : t.paused;
    step.disabled = running;
    pausedBadge.hidden = running;
    if (running && !frame) {
      last = 0;
      frame = requestAnimationFrame(loop);
    } else if (!running && frame) {
      cancelAnimationFrame(frame);
      frame = 0;
    }
  };
  play.addEventListener('click', () => (driver.state().mode === 'running' ? driver.pause() : driver.play()));
  step.addEventListener('click', () => driver.step(1000));
  speed.addEventListener('change', () => driver.setSpeed(Number(speed.value)));
  const unsubscribe = driver.subscribe(render);
  render();
  return {
    element: element(
      'div',
      { class: 'sim-toolbar', role: 'group', 'aria-label': t.clock },
      play,
      step,
      // The speed's "×1" and the clock's "0:04" say what they are; their names stay for screen readers.
      element('label', { for: speedId, class: 'visually-hidden' }, t.speed),
      speed,
      element(
        'span',
        { class: 'sim-clock', title: t.time },
        time,
        element('span', { class: 'sim-mode-part' }, ' · ', mode),
      ),
      element('span', { class: 'sim-spacer' }),
      resetButton,
    ),
    zoomControls: element(
      'div',
      { class: 'sim-zoom', role: 'group', 'aria-label': t.zoomControls },
      zoomOut,
      zoomIn,
      zoomReset,
    ),
    pausedBadge,
    showTime(ms) {
      time.textContent = formatTime(ms);
    },
    dispose() {
      if (frame) cancelAnimationFrame(frame);
      unsubscribe();
    },
  };
}
