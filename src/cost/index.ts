/**
 * The FaaS-versus-IaaS cost model: prices as data with sources, input checks, and the pure comparison
 * the calculator island draws. No DOM, no network.
 */
export {
  AWS_LAMBDA_X86,
  DEFAULT_VM,
  EC2_INSTANCES,
  HOURS_PER_MONTH,
  PRICES_CONSULTED,
} from './price-table.ts';
export type { FaasLimits, FaasPricing, PriceSource, VmPricing } from './price-table.ts';
export { COST_FIELDS, validateCostInput, type CostInput, type CostInputProblem } from './cost-input.ts';
export {
  breakEvenRequests,
  compareFaasWithVm,
  faasCostAt,
  faasCostCurve,
  faasLimitProblems,
  faasMonthlyCost,
  gbSecondsPerRequest,
  pricingWith,
  vmMonthlyCost,
  type CompareOptions,
  type CostComparison,
  type FaasCost,
  type FaasLimitProblem,
} from './cost-model.ts';
export { COST_FIELD_NAMES, COST_MESSAGES, type CostField, type CostMessageCode } from './cost-messages.ts';
