import type { Trace } from '../api-types.ts';
import { inCidr } from '../model/cluster-cidr.ts';

/** A packet as the nat table sees it in PREROUTING. */
export interface NatPacket {
  src: string;
  dst: string;
  dport: number;
  protocol: 'tcp' | 'udp';
  /** Addresses that are this node's own (`-m addrtype --dst-type/--src-type LOCAL`). */
  localAddresses: ReadonlySet<string>;
}

/** Where the nat table sent a packet (the rules are the lines of the `iptables-save` text that matched): the DNAT target (or null), whether it was marked for masquerade, the rules that matched. */
export interface NatVerdict {
  dnat: string | null;
  masquerade: boolean;
  matched: string[];
}

/**
 * Follows `iptables-save` nat rules from PREROUTING for one packet, as netfilter does: rules in order,
 * jumps into user chains and back, DNAT ends the walk. `-m statistic --mode random --probability p` draws
 * from `draw`, one uniform number u ∈ [0, 1) per chain walk, split into conditional draws (rule i matches
 * when the rest of u falls under p, else u := (u − p) / (1 − p)); `-m recent --rcheck` never matches (a
 * first connection). Only the matches kube-proxy writes are understood; any other makes the rule not match.
 */
export function walkNat(rules: string, packet: NatPacket, draw: number | { endpoint: string }): NatVerdict {
  const chains = parseNat(rules);
  // Following a known choice (the endpoint a trace reached): a statistic rule matches when it leads there.
  const leadsTo = (chain: string | undefined): string | undefined =>
    chains
      .get(chain ?? '')
      ?.find((r) => r.args.includes('DNAT'))
      ?.args.at(-1);
  const chosen = typeof draw === 'number' ? null : draw.endpoint;
  const verdict: NatVerdict = { dnat: null, masquerade: false, matched: [] };
  let u = typeof draw === 'number' ? draw : 0;
  const walk = (chain: string, depth: number): boolean => {
    if (depth > 16) return false;
    for (const rule of chains.get(chain) ?? []) {
      const target = rule.args[rule.args.indexOf('-j') + 1];
      const hit = matches(rule.args, packet, chosen === null ? u : leadsTo(target) === chosen ? 0 : 1);
      if (hit.statistic !== null && !hit.ok) u = (u - hit.statistic) / (1 - hit.statistic);
      if (!hit.ok) continue;
      verdict.matched.push(rule.line);
      if (target === 'DNAT') {
        verdict.dnat = rule.args[rule.args.indexOf('--to-destination') + 1] ?? null;
        return true;
      }
      if (target === 'KUBE-MARK-MASQ') {
        verdict.masquerade = true;
        continue;
      }
      if (target === 'RETURN') return false;
      if (target && chains.has(target) && walk(target, depth + 1)) return true;
    }
    return false;
  };
  walk('PREROUTING', 0);
  return verdict;
}

interface Rule {
  line: string;
  args: string[];
}

function parseNat(text: string): Map<string, Rule[]> {
  const chains = new Map<string, Rule[]>();
  let inNat = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('*')) inNat = line === '*nat';
    if (!inNat || !line.startsWith('-A ')) continue;
    const args = tokens(line);
    const chain = args[1]!;
    if (!chains.has(chain)) chains.set(chain, []);
    chains.get(chain)!.push({ line, args: args.slice(2) });
  }
  return chains;
}

/** Splits a rule into words, keeping "quoted comments" whole. */
function tokens(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

function matches(args: string[], p: NatPacket, u: number): { ok: boolean; statistic: number | null } {
  let statistic: number | null = null;
  let negate = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = args[i + 1] ?? '';
    let ok: boolean | null = null;
    switch (a) {
      case '!':
        negate = true;
        continue;
      case '-s':
        ok = inCidr(p.src, next);
        i++;
        break;
      case '-d':
        ok = inCidr(p.dst, next);
        i++;
        break;
      case '-p':
        ok = next === p.protocol;
        i++;
        break;
      case '--dport':
        ok = Number(next) === p.dport;
        i++;
        break;
      case '--dst-type':
        ok = p.localAddresses.has(p.dst);
        i++;
        break;
      case '--src-type':
        ok = p.localAddresses.has(p.src);
        i++;
        break;
      case '--probability':
        statistic = Number(next);
        ok = u < statistic;
        i++;
        break;
      case '--rcheck':
        ok = false;
        break;
      case '--mark':
        ok = false;
        i++;
        break;
      case '-j':
        return { ok: true, statistic };
      default:
        continue;
    }
    if (ok !== null && ok === negate) return { ok: false, statistic };
    negate = false;
  }
  return { ok: true, statistic };
}

/**
 * The nat rules a traced request matched on the node whose `iptables-save` text is `rules` (the node the
 * packet entered, or the client Pod's node): rebuilt from the trace's packets (it needs a simulation with
 * `packets: true`), following the endpoint the trace reached. Empty when kube-proxy did not rewrite it there.
 */
export function rulesMatchedBy(rules: string, trace: Trace, nodeIP: string): string[] {
  const sent = trace.hops[0]?.packet;
  const proxy = trace.hops.find((h) => h.kind === 'kube-proxy')?.packet;
  if (!sent || !proxy) return [];
  const at = (address: string): [string, number] => {
    const colon = address.lastIndexOf(':');
    return [address.slice(0, colon), Number(address.slice(colon + 1))];
  };
  const [dst, dport] = at(sent.dst);
  const [src] = at(sent.src);
  const verdict = walkNat(
    rules,
    { src, dst, dport, protocol: sent.protocol === 'UDP' ? 'udp' : 'tcp', localAddresses: new Set([nodeIP]) },
    { endpoint: proxy.dst },
  );
  return verdict.dnat === proxy.dst ? verdict.matched : [];
}
