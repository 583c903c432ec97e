/**
 * Brings every CostCalculator on the page to life: reads its form on each change, marks invalid fields,
 * writes the text summary (a live region, so screen readers hear the result) and redraws the D3 chart.
 */
import { AWS_LAMBDA_X86, COST_FIELDS, EC2_INSTANCES, type CostField } from '../../cost/index.ts';
import { calculatorView } from './calculator-view.ts';
import { drawBreakEvenChart } from './break-even-chart.ts';
import { uiStrings } from '../../i18n/translate.ts';

/** Mounts every `[data-cost-calculator]` under `root` once. */
export function mountCostCalculators(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-cost-calculator]:not([data-mounted])')) {
    element.dataset.mounted = '';
    mountOne(element);
  }
}

function mountOne(element: HTMLElement): void {
  const lang = element.dataset.lang === 'en' ? 'en' : 'es';
  const strings = uiStrings(lang, 'calculator');
  const form = element.querySelector('form');
  const vmSelect = element.querySelector<HTMLSelectElement>('[data-part="vm"]');
  const summary = element.querySelector<HTMLElement>('[data-part="summary"]');
  const limits = element.querySelector<HTMLElement>('[data-part="limits"]');
  const svg = element.querySelector<SVGSVGElement>('[data-part="chart"]');
  const desc = element.querySelector<SVGDescElement>('[data-part="chart-desc"]');
  if (!form || !vmSelect || !summary || !limits || !svg || !desc)
    throw new Error('CostCalculator: missing parts');
  const field = (name: CostField): HTMLInputElement | null =>
    form.querySelector<HTMLInputElement>(`[name="${name}"]`);

  let lastChart: Parameters<typeof drawBreakEvenChart>[1] | undefined;
  const update = (): void => {
    const raw = Object.fromEntries(COST_FIELDS.map((name) => [name, field(name)?.value ?? ''])) as Record<
      CostField,
      string
    >;
    const vmName = vmSelect.value === 'custom' ? strings.custom : vmSelect.value;
    const freeTier = form.querySelector<HTMLInputElement>('[name="freeTier"]')?.checked ?? true;
    const view = calculatorView(raw, AWS_LAMBDA_X86, vmName, strings, lang, freeTier);
    for (const name of COST_FIELDS) {
      const input = field(name);
      const error = element.querySelector<HTMLElement>(`[data-error-for="${name}"]`);
      const problem = view.ok ? undefined : view.problems.find((p) => p.field === name);
      input?.setAttribute('aria-invalid', String(problem !== undefined));
      if (error) error.textContent = problem ? problem.message[lang] : '';
    }
    element.dataset.state = view.ok ? (view.canRunAsFaas ? view.cheaper : 'cannot-run') : 'invalid';
    if (!view.ok) {
      summary.replaceChildren(paragraph(view.message));
      limits.replaceChildren();
      return;
    }
    summary.replaceChildren(...view.lines.map(paragraph));
    limits.hidden = view.limitMessages.length === 0;
    limits.replaceChildren(
      ...(view.limitMessages.length > 0
        ? [strong(strings.cannotRun), ...view.limitMessages.map(paragraph)]
        : []),
    );
    element.dataset.breakEven = view.breakEven === null ? '' : String(Math.round(view.breakEven));
    desc.textContent = view.lines.join(' ');
    lastChart = view.chart;
    drawBreakEvenChart(svg, view.chart, strings, lang);
  };

  vmSelect.addEventListener('change', () => {
    const preset = EC2_INSTANCES.find((vm) => vm.name === vmSelect.value);
    const hourly = field('vmHourlyUsd');
    if (preset && hourly) hourly.value = String(preset.hourlyUsd);
  });
  form.addEventListener('input', (event) => {
    // Typing a price by hand means the VM is no longer the preset one.
    if ((event.target as HTMLElement | null)?.getAttribute('name') === 'vmHourlyUsd')
      vmSelect.value = 'custom';
    update();
  });
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  // Redraw when the chart's width changes (rotation, sidebar), so its text keeps its size.
  let lastWidth = 0;
  new ResizeObserver(([entry]) => {
    const width = Math.round(entry?.contentRect.width ?? 0);
    // Only the drawing changes: the summary (a live region) is not rewritten, so nothing is re-announced.
    if (width !== lastWidth && lastWidth !== 0 && lastChart)
      drawBreakEvenChart(svg, lastChart, strings, lang);
    lastWidth = width;
  }).observe(svg);
  update();
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

function strong(text: string): HTMLParagraphElement {
  const p = paragraph(text);
  p.className = 'cost-limits-title';
  return p;
}
