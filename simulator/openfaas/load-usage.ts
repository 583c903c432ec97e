import type { Bilingual } from '../../core/index.ts';

/** The usage line, for `faaslab sim --help`. */
export const LOAD_USAGE: Bilingual = {
  es: 'faaslab sim load -f ARCHIVO… --url URL --rps R --seconds T [--edition community|pro] [--burst EN:SEGUNDOS:RPS]… [--tail S] [--work-ms MS] [--seed S] [--arrivals poisson|uniform] [--json]',
  en: 'faaslab sim load -f FILE… --url URL --rps R --seconds T [--edition community|pro] [--burst AT:SECONDS:RPS]… [--tail S] [--work-ms MS] [--seed S] [--arrivals poisson|uniform] [--json]',
};
