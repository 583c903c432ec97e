/** The Sandbox runtime (browser, offline): QuickJS in a Web Worker. */
export { BODY_BYTES, SandboxRuntime, type SandboxRuntimeOptions } from './sandbox-runtime.ts';
export type { SandboxPort, FromSandbox, ToSandbox } from './sandbox-messages.ts';
