/**
 * Public cloud prices the cost model uses, as data with their sources. Precios públicos consultados el
 * 2026-11-25 / public prices as consulted on 2026-11-25 (AWS us-east-1, on-demand, Linux, USD). The
 * Lambda figures were checked against AWS's "How AWS Pricing Works" page; this machine has no internet,
 * so the EC2 hourly rates are AWS's published us-east-1 rates as known, not re-read that day. Prices
 * change: the calculator shows the date and lets the student type current ones.
 */

/** A price and where it came from. */
export interface PriceSource {
  /** Public page the figure comes from. */
  url: string;
  /** ISO date the page was consulted. */
  consulted: string;
}

/** What a FaaS platform charges and allows. */
export interface FaasPricing {
  name: string;
  pricePerMillionRequests: number;
  pricePerGbSecond: number;
  freeRequestsPerMonth: number;
  freeGbSecondsPerMonth: number;
  /** Billed duration is rounded up to this many milliseconds. */
  billingGranularityMs: number;
  limits: FaasLimits;
  sources: PriceSource[];
}

/** What a function may use at most (and least). */
export interface FaasLimits {
  maxDurationMs: number;
  minMemoryMb: number;
  maxMemoryMb: number;
}

/** An always-on virtual machine. */
export interface VmPricing {
  /** Instance type, e.g. `t3.small`. */
  name: string;
  vcpus: number;
  memoryGb: number;
  hourlyUsd: number;
  sources: PriceSource[];
}

/** The date the table was checked against the public pages. */
export const PRICES_CONSULTED = '2026-11-25';

/** Hours AWS bills for an always-on instance in a month (365 × 24 / 12). */
export const HOURS_PER_MONTH = 730;

/** A public page the table was checked against on PRICES_CONSULTED. */
function consultedAt(url: string): PriceSource {
  return { url, consulted: PRICES_CONSULTED };
}

const LAMBDA_PRICING_PAGE = consultedAt('https://aws.amazon.com/lambda/pricing/');
const LAMBDA_PRICING_WHITEPAPER = consultedAt(
  'https://docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/lambda.html',
);
const LAMBDA_QUOTAS_PAGE = consultedAt(
  'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
);
const EC2_PRICING_PAGE = consultedAt('https://aws.amazon.com/ec2/pricing/on-demand/');

/**
 * AWS Lambda, x86_64, us-east-1: $0.20 per million requests, $0.0000166667 per GB-second (first 6 billion
 * GB-s a month; cheaper tiers beyond are ignored), free tier 1M requests and 400,000 GB-s a month,
 * duration billed per 1 ms, timeout up to 900 s, memory 128–10,240 MB.
 */
export const AWS_LAMBDA_X86: FaasPricing = {
  name: 'AWS Lambda (x86_64, us-east-1)',
  pricePerMillionRequests: 0.2,
  pricePerGbSecond: 0.0000166667,
  freeRequestsPerMonth: 1_000_000,
  freeGbSecondsPerMonth: 400_000,
  billingGranularityMs: 1,
  limits: { maxDurationMs: 900_000, minMemoryMb: 128, maxMemoryMb: 10_240 },
  sources: [LAMBDA_PRICING_PAGE, LAMBDA_PRICING_WHITEPAPER, LAMBDA_QUOTAS_PAGE],
};

/** Small always-on EC2 instances, on-demand Linux, us-east-1. */
export const EC2_INSTANCES: readonly VmPricing[] = [
  { name: 't4g.small', vcpus: 2, memoryGb: 2, hourlyUsd: 0.0168, sources: [EC2_PRICING_PAGE] },
  { name: 't3.small', vcpus: 2, memoryGb: 2, hourlyUsd: 0.0208, sources: [EC2_PRICING_PAGE] },
  { name: 't3.medium', vcpus: 2, memoryGb: 4, hourlyUsd: 0.0416, sources: [EC2_PRICING_PAGE] },
];

/** The instance the course compares with by default. */
export const DEFAULT_VM: VmPricing = EC2_INSTANCES[1] as VmPricing;
