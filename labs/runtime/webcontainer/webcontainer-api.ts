/**
 * The part of @webcontainer/api this runtime calls, as interfaces, so a faithful fake can stand in
 * for it in tests (WebContainers cannot boot on our machines: no StackBlitz, no network).
 */

/** A spawned process: output is stdout and stderr interleaved, as WebContainer gives them. */
export interface ContainerProcess {
  output: ReadableStream<string>;
  exit: Promise<number>;
  kill(): void;
}

/** A booted WebContainer. */
export interface Container {
  mount(tree: Record<string, { file: { contents: string } }>): Promise<void>;
  spawn(
    command: string,
    args: string[],
    options?: { env?: Record<string, string> },
  ): Promise<ContainerProcess>;
  on(event: 'server-ready', listener: (port: number, url: string) => void): () => void;
  on(event: 'error', listener: (error: { message: string }) => void): () => void;
  teardown(): void;
}

/** `WebContainer` itself (its static boot). */
export interface ContainerApi {
  boot(options: { coep: 'credentialless' | 'require-corp' | 'none' }): Promise<Container>;
}

/** Loads the real API lazily, so pages that never use a WebContainer never download it. */
export async function loadWebContainerApi(): Promise<ContainerApi> {
  const { WebContainer } = await import('@webcontainer/api');
  return WebContainer as unknown as ContainerApi;
}
