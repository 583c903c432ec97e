/**
 * The cost calculator island's UI strings, one dictionary per language with the same keys (a missing
 * translation fails the typecheck). `{name}` placeholders are filled in by calculator-view.ts.
 */

/** Spanish, the course's first language. */
export const es = {
  title: 'FaaS o máquina virtual: ¿cuál sale más barato?',
  intro:
    'Cambia la carga y los precios: la gráfica muestra el coste mensual de cada opción y dónde se cruzan.',
  workload: 'Tu carga',
  prices: 'Precios (USD)',
  requests: 'Peticiones al mes',
  durationMs: 'Duración de cada petición (ms)',
  memoryMb: 'Memoria de la función (MB)',
  pricePerMillionRequests: 'FaaS: precio por millón de peticiones',
  pricePerGbSecond: 'FaaS: precio por GB-segundo',
  vm: 'Máquina virtual',
  customVm: 'Otra (escribe el precio)',
  vmHourlyUsd: 'VM: precio por hora',
  faasLine:
    'FaaS ({platform}): {total} al mes ({requestCost} por peticiones + {computeCost} por cómputo, {gbSeconds} GB-s).',
  vmLine: 'VM {vm} encendida todo el mes (730 h): {total}.',
  breakEven: 'Punto de equilibrio: {n} peticiones al mes.',
  breakEvenNone: 'Con estos precios FaaS nunca llega a costar lo que la VM.',
  verdictFaas: 'Con {n} peticiones al mes, FaaS es más barato.',
  verdictVm: 'Con {n} peticiones al mes, la VM es más barata.',
  verdictSame: 'Con {n} peticiones al mes, las dos cuestan lo mismo.',
  verdictCannotRun:
    'Esta carga no cabe en FaaS: los costes FaaS son hipotéticos; usa la VM o divide el trabajo.',
  cannotRun: 'No puede ejecutarse como FaaS',
  fixInputs: 'Corrige los campos marcados para ver el resultado.',
  freeTier: 'Descontar la capa gratuita mensual de Lambda (1 millón de peticiones y 400 000 GB-s)',
  sources:
    'Precios públicos consultados el {date} (AWS us-east-1, bajo demanda, Linux). Cambian: compruébalos en',
  chartTitle: 'Coste mensual según las peticiones al mes',
  axisRequests: 'Peticiones al mes',
  axisCost: 'USD al mes',
  legendFaas: 'FaaS',
  legendVm: 'VM',
  breakEvenMark: 'Equilibrio: {n}',
  currentMark: 'Tu carga',
  custom: 'a medida',
} as const;

/** The keys every language must translate. */
export type CostCalculatorStrings = Record<keyof typeof es, string>;

/** English. */
export const en: CostCalculatorStrings = {
  title: 'FaaS or a virtual machine: which is cheaper?',
  intro:
    "Change the workload and the prices: the chart shows each option's monthly cost and where they cross.",
  workload: 'Your workload',
  prices: 'Prices (USD)',
  requests: 'Requests per month',
  durationMs: 'Duration of each request (ms)',
  memoryMb: 'Function memory (MB)',
  pricePerMillionRequests: 'FaaS: price per million requests',
  pricePerGbSecond: 'FaaS: price per GB-second',
  vm: 'Virtual machine',
  customVm: 'Other (type the price)',
  vmHourlyUsd: 'VM: price per hour',
  faasLine:
    'FaaS ({platform}): {total} a month ({requestCost} for requests + {computeCost} for compute, {gbSeconds} GB-s).',
  vmLine: 'VM {vm} on all month (730 h): {total}.',
  breakEven: 'Break-even: {n} requests a month.',
  breakEvenNone: 'With these prices FaaS never costs as much as the VM.',
  verdictFaas: 'At {n} requests a month, FaaS is cheaper.',
  verdictVm: 'At {n} requests a month, the VM is cheaper.',
  verdictSame: 'At {n} requests a month, both cost the same.',
  verdictCannotRun:
    'This workload does not fit FaaS: the FaaS costs are hypothetical; use the VM or split the work.',
  cannotRun: 'Cannot run as FaaS',
  fixInputs: 'Fix the marked fields to see the result.',
  freeTier: "Take off Lambda's monthly free tier (1 million requests and 400,000 GB-s)",
  sources: 'Public prices consulted on {date} (AWS us-east-1, on-demand, Linux). They change: check them at',
  chartTitle: 'Monthly cost by requests per month',
  axisRequests: 'Requests per month',
  axisCost: 'USD per month',
  legendFaas: 'FaaS',
  legendVm: 'VM',
  breakEvenMark: 'Break-even: {n}',
  currentMark: 'Your workload',
  custom: 'custom',
};

/** Both dictionaries by language. */
export const COST_CALCULATOR_STRINGS = { es, en } as const;
