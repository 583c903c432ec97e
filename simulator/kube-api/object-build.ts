/**
 * How the API view turns a build of the cluster's objects into stored entries: whether anything moved since
 * the last build, each object's resourceVersion (a new one only when its JSON changed), its generation, and
 * the watch events between two builds.
 */
import { isJson, type Json } from './object-meta.ts';
import { jsonClone } from './json-clone.ts';
import { keptKey } from './object-context.ts';
import type { WatchEvent } from './watch-history.ts';

/** One stored object: its JSON text (to tell a change), the object served, its resourceVersion. */
export interface Entry {
  readonly text: string;
  readonly object: Json;
  readonly rv: number;
}

/**
 * An entry whose object is parsed from its text on first read. A build of the 5,000-node scenario makes
 * 26,000 objects (53 MB of JSON); a console command reads one or two kinds of them, so parsing the rest at
 * once was a third of a second spent on objects nobody read.
 */
class StoredEntry implements Entry {
  private parsed: Json | undefined;

  constructor(
    readonly text: string,
    readonly rv: number,
  ) {}

  get object(): Json {
    if (this.parsed === undefined) {
      this.parsed = JSON.parse(this.text) as Json;
      (this.parsed.metadata as Json).resourceVersion = String(this.rv);
    }
    return this.parsed;
  }
}

/**
 * An entry stored from its build's own copy ({@link jsonClone}, what parsing its JSON text would give): a
 * new object needs no text, as nothing stands to compare it with. The text is written when a later build
 * compares against it; the object served is the copy with its resourceVersion (both are read-only, as a
 * parsed entry's object is: it is served to every later read).
 */
class CopiedEntry implements Entry {
  private written: string | undefined;
  private served: Json | undefined;

  constructor(
    private readonly copy: Json,
    readonly rv: number,
  ) {}

  get text(): string {
    return (this.written ??= JSON.stringify(this.copy));
  }

  get object(): Json {
    return (this.served ??= {
      ...this.copy,
      metadata: { ...(this.copy.metadata as Json), resourceVersion: String(this.rv) },
    });
  }
}

/** A watch event whose object is its entry's, read (and so parsed) only when a watcher reads it. */
class EntryEvent implements WatchEvent {
  constructor(
    readonly type: WatchEvent['type'],
    readonly resource: string,
    private readonly entry: Entry,
  ) {}

  get object(): Json {
    return this.entry.object;
  }

  toJSON(): WatchEvent {
    return { type: this.type, resource: this.resource, object: this.object };
  }
}

/** `resource/namespace/name`, the key of an entry. */
export const keyOf = (resource: string, o: Json): string => {
  const m = isJson(o.metadata) ? o.metadata : {};
  return `${resource}/${String(m.namespace ?? '')}/${String(m.name ?? '')}`;
};

/** metadata.generation: 1 at creation, +1 whenever the spec changes (status updates leave it). */
export class Generations {
  private readonly seen = new Map<string, { spec: string; generation: number }>();

  stamp(resource: string, object: Json): void {
    if (!['deployments', 'replicasets', 'daemonsets'].includes(resource)) return;
    const spec = JSON.stringify(object.spec);
    const uid = String((object.metadata as Json).uid);
    const seen = this.seen.get(uid);
    const generation = !seen ? 1 : seen.spec === spec ? seen.generation : seen.generation + 1;
    this.seen.set(uid, { spec, generation });
    (object.metadata as Json).generation = generation;
    if (isJson(object.status)) object.status.observedGeneration = generation;
  }
}

/** The entries of a new build, the watch events from the last one (with their resourceVersions), and the
 * revision reached. */
export interface Rebuilt {
  entries: Map<string, Entry>;
  events: WatchEvent[];
  eventVersions: number[];
  revision: number;
}

/**
 * Stores a build: an object whose JSON text is as before keeps its entry (and resourceVersion); a changed or
 * new one gets the next revision; one gone is a DELETED event at a revision of its own.
 */
export function storeBuild(
  built: Iterable<[string, Iterable<Json>]>,
  entries: ReadonlyMap<string, Entry>,
  revision: number,
  generations: Generations,
): Rebuilt {
  const next = new Map<string, Entry>();
  const events: WatchEvent[] = [];
  const eventVersions: number[] = [];
  for (const [resource, objects] of built) {
    for (const raw of objects) {
      const kept = keptKey(raw);
      const stands = kept === undefined ? undefined : entries.get(kept);
      if (kept !== undefined && stands) {
        next.set(kept, stands);
        continue;
      }
      const key = keyOf(resource, raw);
      generations.stamp(resource, raw);
      const before = entries.get(key);
      let entry: Entry;
      if (before) {
        // One JSON text per object drops its undefined fields and tells whether it changed; only a changed
        // object is parsed back (when first read) into the clean copy that is stored and served.
        const text = JSON.stringify(raw);
        if (before.text === text) {
          next.set(key, before);
          continue;
        }
        entry = new StoredEntry(text, ++revision);
      } else entry = new CopiedEntry(jsonClone(raw), ++revision);
      next.set(key, entry);
      events.push(new EntryEvent(before ? 'MODIFIED' : 'ADDED', resource, entry));
      eventVersions.push(entry.rv);
    }
  }
  for (const [key, before] of entries)
    if (!next.has(key)) {
      const rv = ++revision;
      const object = structuredClone(before.object);
      (object.metadata as Json).resourceVersion = String(rv);
      events.push({ type: 'DELETED', resource: key.split('/')[0]!, object });
      eventVersions.push(rv);
    }
  return { entries: next, events, eventVersions, revision };
}
