/// <reference types="vite/client" />
/**
 * The function server's files as text, bundled at build time (Vite only): what a WebContainer or the
 * export's ConfigMap needs to run `node server.mjs`. The Node side reads the folder instead
 * (labs/export/function-server-files.ts).
 */
const MODULES = import.meta.glob<string>('./*.mjs', { query: '?raw', import: 'default', eager: true });

/** File name → text of every .mjs file of the function server. */
export const FUNCTION_SERVER_FILES: Record<string, string> = Object.fromEntries(
  Object.entries(MODULES).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);
