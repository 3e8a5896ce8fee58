import type { FastifyReply, FastifyRequest } from "fastify";
import type { Realtime } from "./realtime.ts";

const HEARTBEAT_MS = 25_000;

/**
 * A server-sent event stream of the given topics. Every heartbeat re-checks that the caller may
 * still listen (signed out or disabled: the stream ends). The browser's EventSource reconnects by
 * itself and re-reads the state it shows, so nothing is lost between two connections.
 */
export function streamEvents(
  request: FastifyRequest,
  reply: FastifyReply,
  realtime: Realtime,
  topics: string[],
  stillAllowed: () => Promise<boolean>,
): void {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-store",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  });
  res.write("retry: 3000\n\n: connected\n\n");
  const unsubscribe = realtime.subscribe(topics, (event) => {
    res.write(`event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`);
  });
  const heartbeat = setInterval(() => {
    stillAllowed()
      .then((allowed) => (allowed ? res.write(": heartbeat\n\n") : end()))
      .catch(() => end());
  }, HEARTBEAT_MS);
  heartbeat.unref();
  const end = () => {
    clearInterval(heartbeat);
    unsubscribe();
    untrack();
    if (!res.writableEnded) res.end();
  };
  const untrack = realtime.track(end);
  request.raw.on("close", end);
}
