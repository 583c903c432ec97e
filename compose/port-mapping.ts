/**
 * Reads Compose `ports:` and `expose:` entries (docs.docker.com/reference/compose-file/services/#ports).
 * Short syntax: `[[IP:]HOST:]CONTAINER[/PROTOCOL]`, where HOST and CONTAINER may be equal-length ranges.
 * Long syntax: `{ target, published, protocol, host_ip }`.
 */
import type { PortMapping, PortProtocol } from './compose-project.ts';

/** Why a port entry could not be read: its syntax, or a number outside 1–65535. */
export type PortProblem = { problem: 'invalid-port' } | { problem: 'port-out-of-range'; value: number };

/** Ranges larger than this are refused: a Service with thousands of ports is surely a typo. */
const MAX_RANGE = 100;

/** One `ports:` entry → its mappings (several for a range), or the problem. */
export function readPortEntry(entry: unknown): PortMapping[] | PortProblem {
  if (typeof entry === 'number') return mappings(String(entry), String(entry), 'TCP');
  if (typeof entry === 'string') return readShortPort(entry);
  if (entry !== null && typeof entry === 'object' && !Array.isArray(entry))
    return readLongPort(entry as Record<string, unknown>);
  return { problem: 'invalid-port' };
}

/** One `expose:` entry (`"3000"`, `3000`, `"3000/udp"`, `"3000-3005"`): same port on both sides. */
export function readExposeEntry(entry: unknown): PortMapping[] | PortProblem {
  if (typeof entry !== 'number' && typeof entry !== 'string') return { problem: 'invalid-port' };
  const [port = '', proto] = String(entry).trim().split('/');
  const protocol = readProtocol(proto);
  return protocol ? mappings(port, port, protocol) : { problem: 'invalid-port' };
}

function readShortPort(text: string): PortMapping[] | PortProblem {
  const [spec = '', proto, extra] = text.trim().split('/');
  const protocol = readProtocol(proto);
  if (!protocol || extra !== undefined) return { problem: 'invalid-port' };
  const parts = spec.split(':');
  // IP:HOST:CONTAINER keeps only HOST and CONTAINER: a Service has no host IP.
  const [host, container] = parts.length === 1 ? [parts[0], parts[0]] : parts.slice(-2);
  if (parts.length > 3 || container === undefined || host === undefined) return { problem: 'invalid-port' };
  // "127.0.0.1::5000" publishes on a random host port; the Service then uses the container port.
  return mappings(host === '' ? container : host, container, protocol);
}

function readLongPort(entry: Record<string, unknown>): PortMapping[] | PortProblem {
  const target = entry.target;
  const published = entry.published ?? target;
  const protocol = readProtocol(typeof entry.protocol === 'string' ? entry.protocol : undefined);
  const isPort = (v: unknown): v is string | number => typeof v === 'number' || typeof v === 'string';
  if (!isPort(target) || !isPort(published) || !protocol) return { problem: 'invalid-port' };
  return mappings(String(published), String(target), protocol);
}

function readProtocol(text: string | undefined): PortProtocol | undefined {
  if (text === undefined) return 'TCP';
  const upper = text.toUpperCase();
  return upper === 'TCP' || upper === 'UDP' || upper === 'SCTP' ? upper : undefined;
}

function mappings(host: string, container: string, protocol: PortProtocol): PortMapping[] | PortProblem {
  const hosts = readRange(host);
  const containers = readRange(container);
  if (!hosts || !containers) return { problem: 'invalid-port' };
  for (const port of [...hosts, ...containers])
    if (port < 1 || port > 65535) return { problem: 'port-out-of-range', value: port };
  // A single host port in front of a container range is not something a Service can express.
  if (hosts.length !== containers.length) return { problem: 'invalid-port' };
  return containers.map((containerPort, i) => ({ hostPort: hosts[i] as number, containerPort, protocol }));
}

function readRange(text: string): number[] | undefined {
  const match = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(text);
  if (!match) return undefined;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  if (last < first || last - first >= MAX_RANGE) return undefined;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
