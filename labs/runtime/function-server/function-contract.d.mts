/** Types of function-contract.mjs (the file itself is plain JavaScript). */
import type { ContractHost, FunctionContract } from './server.d.mts';

/** One part of the contract: made from the host and the parts before it. */
export type ContractPart = (host: ContractHost, lib: Record<string, unknown>) => Record<string, unknown>;

/** The parts, in the order they are assembled. */
export const CONTRACT_PARTS: ContractPart[];

/** Calls each part with the host and what the parts before it made. */
export function assembleContract(host: ContractHost, parts: ContractPart[]): Record<string, unknown>;

/** Builds the contract for a host. */
export function functionContract(host: ContractHost): FunctionContract;

/** The source text of a self-contained `function (host)` building the contract (for QuickJS). */
export function contractSource(): string;
