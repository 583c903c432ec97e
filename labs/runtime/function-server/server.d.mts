/** Types of the shared contract that server.mjs re-exports from function-contract.mjs (plain JavaScript). */

/** What differs between engines running the contract. */
export interface ContractHost {
  makeRaw(request: object): unknown;
  isBytes(value: unknown): boolean;
  logError(error: unknown): void;
  warn(text: string): void;
}

/** The Node template's request/response contract (see function-contract.mjs). */
export interface FunctionContract {
  parseBytes(text: string | undefined, fallback: number): number;
  parseDuration(text: string | undefined, fallbackMs: number): number;
  readConfig(env: Record<string, string | undefined>): {
    port: number;
    execTimeoutMs: number;
    readTimeoutMs: number;
    writeTimeoutMs: number;
    maxInflight: number;
    rawBody: boolean;
    maxRawBytes: number;
    maxJsonBytes: number;
    memoryMb: number;
  };
  bodyLimit(headers: Record<string, string>, config: object): number;
  parseQuery(search: string): Record<string, string | string[]>;
  /** Serves one request with a handler as the template does. */
  handle(handler: unknown, request: object, config: object): Promise<unknown>;
}

/** Builds the contract for a host; its source text is also evaluated inside the QuickJS sandbox. */
export function functionContract(host: ContractHost): FunctionContract;
