import type { ErrorCode } from "@courtier/contracts/errors";
import { type QuoteDraft, quoteDraftSchema } from "@courtier/contracts/quotes";
import type { QuoteSaved } from "@courtier/contracts/responses";
import { useCallback, useEffect, useRef, useState } from "react";
import { isApiError } from "#src/api/api-error.ts";
import { saveQuoteDraft } from "#src/api/quote-wizard.ts";
import { canonicalJson, clearLocalDraft, writeLocalDraft } from "./local-draft.ts";

/**
 * - `saved`: the server has what is on screen.
 * - `pending` / `saving`: a change waits for its save, or is being saved.
 * - `error` / `offline`: the last save failed; it is retried with backoff and when the browser is back online.
 * - `invalid`: a value the draft cannot hold (shown at its field); nothing is sent until it is corrected.
 * - `stale`: another tab or user changed the quote; saving stops until the server version is reloaded.
 * - `readOnly`: the quote can no longer be changed.
 */
export type SaveStatus =
  | "saved"
  | "pending"
  | "saving"
  | "error"
  | "offline"
  | "invalid"
  | "stale"
  | "readOnly";

const SAVE_DELAY_MS = 700;
const MAX_RETRY_MS = 30_000;

type Options = {
  quoteId: string;
  userId: string;
  version: number;
  /** The draft as the server has it at `version`. */
  serverDraft: QuoteDraft;
  onSaved: (saved: QuoteSaved) => void;
  /** A save was refused because the quote can no longer be changed (or is gone). */
  onReadOnly: () => void;
  onSignedOut: () => void;
  onInvalid: (fields: Record<string, ErrorCode>) => void;
};

function shapeErrors(draft: QuoteDraft): Record<string, ErrorCode> | null {
  const result = quoteDraftSchema.safeParse(draft);
  if (result.success) return null;
  const fields: Record<string, ErrorCode> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join(".");
    if (!fields[path]) fields[path] = (issue.message as ErrorCode) || "VALIDATION_FAILED";
  }
  return fields;
}

export function useAutosave(options: Options) {
  const opts = useRef(options);
  opts.current = options;
  const { quoteId, userId } = options;

  const [status, setStatusState] = useState<SaveStatus>("saved");
  const statusRef = useRef<SaveStatus>("saved");
  const setStatus = useCallback((next: SaveStatus) => {
    statusRef.current = next;
    setStatusState(next);
  }, []);

  const version = useRef(options.version);
  const latest = useRef(options.serverDraft);
  const confirmed = useRef(canonicalJson(options.serverDraft));
  const inFlight = useRef<Promise<void> | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const attempts = useRef(0);
  const runRef = useRef<(keepalive: boolean) => Promise<void>>(async () => {});
  const blocked = useCallback(() => statusRef.current === "stale" || statusRef.current === "readOnly", []);
  const isDirty = useCallback(() => canonicalJson(latest.current) !== confirmed.current, []);

  const saveOnce = useCallback(
    async (keepalive: boolean): Promise<void> => {
      const draft = latest.current;
      const invalid = shapeErrors(draft);
      if (invalid) {
        setStatus("invalid");
        opts.current.onInvalid(invalid);
        return;
      }
      setStatus("saving");
      try {
        const saved = await saveQuoteDraft(quoteId, version.current, draft, { keepalive });
        version.current = saved.version;
        confirmed.current = canonicalJson(draft);
        attempts.current = 0;
        opts.current.onSaved(saved);
        if (isDirty()) {
          writeLocalDraft(userId, quoteId, saved.version, latest.current);
          setStatus("pending");
        } else {
          clearLocalDraft(userId, quoteId);
          setStatus("saved");
        }
      } catch (error) {
        if (!isApiError(error)) throw error;
        if (error.code === "QUOTE_STALE") {
          setStatus("stale");
        } else if (error.code === "QUOTE_READ_ONLY" || error.status === 404) {
          // Gone (erased) or no longer ours to see: no copy of the client's data stays here either.
          if (error.status === 404) clearLocalDraft(userId, quoteId);
          setStatus("readOnly");
          opts.current.onReadOnly();
        } else if (error.status === 401) {
          setStatus("error");
          opts.current.onSignedOut();
        } else if (error.status === 400 && error.hasFieldErrors) {
          const fields: Record<string, ErrorCode> = {};
          for (const [path, field] of Object.entries(error.fields))
            fields[path.replace(/^draft\./, "")] = field.code;
          setStatus("invalid");
          opts.current.onInvalid(fields);
        } else {
          // No answer, a server error or too many requests: try again a little later.
          setStatus(typeof navigator !== "undefined" && navigator.onLine === false ? "offline" : "error");
          const delay = Math.min(MAX_RETRY_MS, 1000 * 2 ** attempts.current);
          attempts.current += 1;
          clearTimeout(retryTimer.current);
          retryTimer.current = setTimeout(() => void runRef.current(false), delay);
        }
      }
    },
    [quoteId, userId, isDirty, setStatus],
  );

  /** Saves what is on screen, after the save already under way if there is one. */
  const run = useCallback(
    async (keepalive: boolean): Promise<void> => {
      clearTimeout(saveTimer.current);
      while (inFlight.current) await inFlight.current;
      if (blocked()) return;
      if (!isDirty()) {
        if (statusRef.current !== "invalid") setStatus("saved");
        return;
      }
      const attempt = saveOnce(keepalive);
      inFlight.current = attempt.finally(() => {
        inFlight.current = null;
      });
      await inFlight.current;
    },
    [isDirty, saveOnce, setStatus, blocked],
  );
  runRef.current = run;

  /** A change on screen: kept on this device at once, sent to the server shortly after. */
  const change = useCallback(
    (draft: QuoteDraft) => {
      latest.current = draft;
      if (blocked()) return;
      writeLocalDraft(userId, quoteId, version.current, draft);
      if (statusRef.current === "saved" || statusRef.current === "invalid") setStatus("pending");
      clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(() => void run(false), SAVE_DELAY_MS);
    },
    [quoteId, userId, run, setStatus, blocked],
  );

  /** Saves now (a step change, an action); resolves once the server has the draft, or the save failed. */
  const flush = useCallback(async (): Promise<boolean> => {
    await run(false);
    return !isDirty() && statusRef.current === "saved";
  }, [run, isDirty]);

  const retry = useCallback(() => {
    attempts.current = 0;
    clearTimeout(retryTimer.current);
    if (statusRef.current === "invalid") setStatus("pending");
    void run(false);
  }, [run, setStatus]);

  /** After an action (offer, submit) the server is at a new version with the same draft. */
  const adopt = useCallback((serverVersion: number, serverDraft: QuoteDraft) => {
    version.current = serverVersion;
    confirmed.current = canonicalJson(serverDraft);
  }, []);

  useEffect(() => {
    const online = () => {
      if (statusRef.current === "error" || statusRef.current === "offline") {
        attempts.current = 0;
        clearTimeout(retryTimer.current);
        void run(false);
      }
    };
    const offline = () => {
      if (isDirty() && !blocked()) setStatus("offline");
    };
    // Leaving or hiding the page: the last keystrokes go out now, in a request that outlives the page.
    const leave = () => {
      if (isDirty() && !blocked() && !inFlight.current) void run(true);
    };
    const hidden = () => {
      if (document.visibilityState === "hidden") leave();
    };
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    window.addEventListener("pagehide", leave);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      window.removeEventListener("pagehide", leave);
      document.removeEventListener("visibilitychange", hidden);
    };
  }, [run, isDirty, setStatus, blocked]);

  // Leaving the wizard inside the app (another page): save what is left; the timers go.
  useEffect(
    () => () => {
      clearTimeout(saveTimer.current);
      clearTimeout(retryTimer.current);
      if (isDirty() && !blocked()) void run(false).catch(() => {});
    },
    [run, isDirty, blocked],
  );

  return {
    status,
    change,
    flush,
    retry,
    adopt,
    version: () => version.current,
    isDirty,
    markReadOnly: () => setStatus("readOnly"),
    markStale: () => setStatus("stale"),
  };
}
