/**
 * The public surface of labs/: the lab catalogue, the checks, and the FunctionRuntime contract.
 * Browser-safe. Runtimes live in labs/runtime/{node,sandbox,webcontainer}/index.ts (the Node one
 * uses node: built-ins, so it is not re-exported here).
 */
export type {
  Check,
  CheckExpectation,
  CheckResult,
  FunctionLanguage,
  Lab,
  LabPythonVariant,
  RequestExample,
} from './lab-types.ts';
export { filesLanguage, handlerFileName, labInLanguage, labLanguages } from './lab-language.ts';
export type {
  FunctionFiles,
  FunctionRequest,
  FunctionResponse,
  FunctionRuntime,
  LimitEvent,
  LimitKind,
  Limits,
  LogEntry,
  LogFeed,
  RuntimeDescription,
  RuntimeKind,
  StartOptions,
  StartProgress,
} from './runtime/contract/types.ts';
export { RuntimeStartError } from './runtime/contract/types.ts';
export { logEntryText, logLineText } from './runtime/contract/log-line-text.ts';
export type { RuntimeMessageCode } from './runtime/contract/diagnostics.ts';
export { RUNTIME_MESSAGES } from './runtime/contract/diagnostics.ts';
export { goDuration, limitsToEnv, TEMPLATE_LIMITS } from './runtime/contract/limits-env.ts';
export { getLab, listLabs } from './catalog.ts';
export { runCheck, runChecks, matches } from './run-checks.ts';
