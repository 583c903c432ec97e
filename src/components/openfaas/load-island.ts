/**
 * Brings one OpenFaaSLoad island to life: reads the student's edition, rate and burst, runs the seeded
 * load on the simulated cluster one second at a time (one frame each, or all at once under
 * prefers-reduced-motion) and redraws the charts and the text summary.
 */
import { LoadRun } from './load-run-entry.ts';
import { diagnosticOnPage, fill } from '../../../core/index.ts';
import { drawLoadCharts } from './load-charts.ts';
import { loadOptions, loadScenario } from './load-scenarios.ts';
import { loadSummary } from './load-summary.ts';
import { uiStrings } from '../../i18n/translate.ts';

function part<T extends Element>(root: HTMLElement, name: string): T {
  const found = root.querySelector<T>(`[data-part="${name}"]`);
  if (!found) throw new Error(`OpenFaaSLoad: missing part "${name}"`);
  return found;
}

/** The field's number, or null (and the field marked invalid) when it is empty, negative or past its max. */
function numberOf(input: HTMLInputElement, min: number, max: number): number | null {
  const n = Number(input.value);
  const ok = input.value.trim() !== '' && Number.isFinite(n) && n >= min && n <= max;
  input.setAttribute('aria-invalid', String(!ok));
  return ok ? n : null;
}

/** Mounts the island in `root` (a `[data-openfaas-load]` element). */
export function mountOpenFaaSLoad(root: HTMLElement): void {
  const lang = root.dataset.lang === 'en' ? 'en' : 'es';
  const s = uiStrings(lang, 'openfaas');
  const scenario = loadScenario(root.dataset.scenario);
  const form = part<HTMLFormElement>(root, 'form');
  const button = part<HTMLButtonElement>(root, 'run');
  const status = part<HTMLElement>(root, 'status');
  const summary = part<HTMLElement>(root, 'summary');
  const svg = part<SVGSVGElement>(root, 'chart');
  const desc = part<SVGDescElement>(root, 'chart-desc');
  const note = part<HTMLElement>(root, 'note');
  const fieldError = part<HTMLElement>(root, 'field-error');
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  const run = (): void => {
    const data = new FormData(form);
    const edition = data.get('edition') === 'community' ? 'community' : 'pro';
    const field = (name: string): HTMLInputElement => form.elements.namedItem(name) as HTMLInputElement;
    const fields = [
      ['rps', 0, 2000],
      ['burst', 0, 3000],
      ['seconds', 1, 120],
    ] as const;
    const [rps, burstRps, seconds] = fields.map(([name, min, max]) => numberOf(field(name), min, max));
    // A wrong value is refused at its field with a message, never silently replaced by the default.
    const wrong = fields.find(([name]) => field(name).getAttribute('aria-invalid') === 'true');
    fieldError.hidden = !wrong;
    if (wrong || rps == null || burstRps == null || seconds == null) {
      const [name, min, max] = wrong ?? fields[0];
      const label = root.querySelector(`label[for="${field(name).id}"]`)?.textContent ?? name;
      fieldError.textContent = fill(s.invalidNumber, { field: label, min, max });
      field(name).focus();
      return;
    }
    const choice = { edition, rps, burstRps, seconds: Math.round(seconds) } as const;
    note.textContent = edition === 'pro' ? s.notePro : s.noteCommunity;
    const load = new LoadRun(loadOptions(scenario, choice));
    if (load.diagnostics.length) {
      summary.replaceChildren(
        ...[s.diagnostics, ...load.diagnostics.map((d) => diagnosticOnPage(d, lang).line)].map((t) =>
          Object.assign(document.createElement('p'), { textContent: t }),
        ),
      );
      root.dataset.state = 'invalid';
      return;
    }
    button.disabled = true;
    root.dataset.state = 'running';
    summary.replaceChildren();
    const tick = (): void => {
      let row = load.step();
      if (reduced) while (row && load.seconds.length < load.length) row = load.step();
      drawLoadCharts(svg, load.seconds, load.length, s);
      status.textContent = fill(s.running, { s: load.seconds.length, total: load.length });
      if (row && load.seconds.length < load.length) {
        setTimeout(tick, 70);
        return;
      }
      const lines = loadSummary(load.seconds, s, lang, edition, undefined, choice.seconds);
      summary.replaceChildren(
        ...lines.map((t) => Object.assign(document.createElement('p'), { textContent: t })),
      );
      desc.textContent = lines.join(' ');
      status.textContent = '';
      const replicas = load.seconds.map((r) => r.replicas);
      root.dataset.maxReplicas = String(Math.max(...replicas));
      root.dataset.lastReplicas = String(replicas[replicas.length - 1] ?? 0);
      root.dataset.minAfterPeak = String(
        Math.min(...replicas.slice(replicas.indexOf(Math.max(...replicas)))),
      );
      root.dataset.coldStarts = String(load.seconds.reduce((n, r) => n + r.coldStarts, 0));
      root.dataset.state = 'done';
      button.disabled = false;
    };
    tick();
  };
  drawLoadCharts(svg, [], scenario.seconds + scenario.tailSeconds, s);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  button.disabled = false;
  root.dataset.state = 'ready';
}
