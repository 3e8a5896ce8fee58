import type { Database, Db } from "@courtier/db/client";
import { sql } from "drizzle-orm";

/**
 * Live events for server-sent event streams. A change is published with `pg_notify` inside the
 * transaction that makes it (so it is sent only if that commits), and every server process
 * listening on the channel hands it to its own subscribers: with several processes behind a load
 * balancer, a reply saved by one reaches a browser connected to another.
 */

const CHANNEL = "courtier_events";
/** NOTIFY payloads are limited to 8000 bytes; events carry ids and short texts only. */
const MAX_PAYLOAD = 7_500;

export type RealtimeEvent = { topics: string[]; type: string; data: unknown };
type Subscriber = (event: { type: string; data: unknown }) => void;

export type Realtime = {
  publish(tx: Db, event: RealtimeEvent): Promise<void>;
  subscribe(topics: string[], subscriber: Subscriber): () => void;
  /** How many streams this process serves (for metrics and tests). */
  size(): number;
  /** Keeps an open stream's closer, so that a shutting-down server can end them all. */
  track(end: () => void): () => void;
  endStreams(): void;
  start(): Promise<void>;
  stop(): Promise<void>;
};

export function createRealtime(database: Database): Realtime {
  const byTopic = new Map<string, Set<Subscriber>>();
  const streams = new Set<() => void>();
  let stopListening: (() => Promise<void>) | null = null;

  const deliver = (payload: string) => {
    let event: RealtimeEvent;
    try {
      event = JSON.parse(payload) as RealtimeEvent;
    } catch {
      return;
    }
    const reached = new Set<Subscriber>();
    for (const topic of event.topics) {
      for (const subscriber of byTopic.get(topic) ?? []) reached.add(subscriber);
    }
    for (const subscriber of reached) subscriber({ type: event.type, data: event.data });
  };

  return {
    async publish(tx, event) {
      const payload = JSON.stringify(event);
      if (Buffer.byteLength(payload) > MAX_PAYLOAD) throw new Error("realtime event too large");
      await tx.execute(sql`select pg_notify(${CHANNEL}, ${payload})`);
    },
    subscribe(topics, subscriber) {
      for (const topic of topics) {
        const set = byTopic.get(topic) ?? new Set<Subscriber>();
        byTopic.set(topic, set);
        set.add(subscriber);
      }
      return () => {
        for (const topic of topics) {
          const set = byTopic.get(topic);
          set?.delete(subscriber);
          if (set?.size === 0) byTopic.delete(topic);
        }
      };
    },
    size() {
      const all = new Set<Subscriber>();
      for (const set of byTopic.values()) for (const s of set) all.add(s);
      return all.size;
    },
    track(end) {
      streams.add(end);
      return () => streams.delete(end);
    },
    endStreams() {
      for (const end of [...streams]) end();
    },
    async start() {
      stopListening = await database.listen(CHANNEL, deliver);
    },
    async stop() {
      await stopListening?.();
      stopListening = null;
    },
  };
}
