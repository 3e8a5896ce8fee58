import { useEffect, useRef } from "react";

type Handlers = Record<string, (data: unknown) => void> & {
  /** Every (re)connection after the first: events may have been missed, re-read the state. */
  reconnected?: () => void;
};

/**
 * One server-sent event stream while `enabled`. The browser reconnects by itself after a network
 * failure, but gives up on an HTTP error (a restarting server behind a proxy): then we try again,
 * a little later each time. The handlers may change on every render without reconnecting.
 */
export function useEventSource(url: string, handlers: Handlers, enabled = true): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  const eventNames = Object.keys(handlers)
    .filter((name) => name !== "reconnected")
    .sort()
    .join(",");

  useEffect(() => {
    if (!enabled) return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let connectedBefore = false;
    let stopped = false;

    const connect = () => {
      source = new EventSource(url);
      source.addEventListener("open", () => {
        failures = 0;
        if (connectedBefore) latest.current.reconnected?.();
        connectedBefore = true;
      });
      for (const name of eventNames.split(",").filter(Boolean)) {
        source.addEventListener(name, (event) => {
          let data: unknown;
          try {
            data = JSON.parse((event as MessageEvent<string>).data);
          } catch {
            return;
          }
          latest.current[name]?.(data);
        });
      }
      source.addEventListener("error", () => {
        if (stopped || source?.readyState !== EventSource.CLOSED) return;
        failures += 1;
        retry = setTimeout(connect, Math.min(60_000, 2_000 * 2 ** Math.min(failures, 5)));
      });
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [url, enabled, eventNames]);
}
