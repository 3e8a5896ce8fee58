import type { ErrorCode } from "@courtier/contracts/errors";
import {
  checkStep,
  firstIncompleteStep,
  QUOTE_STATUS_LABELS,
  type QuoteDraft,
  type QuoteStatus,
  type StepId,
  visibleSteps,
} from "@courtier/contracts/quotes";
import type { QuoteDetail, QuoteSaved } from "@courtier/contracts/responses";
import { Alert, Badge, Box, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue, useNetwork } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "#src/api/api-error.ts";
import { queryKeys } from "#src/api/endpoints.ts";
import {
  copyQuote,
  eraseQuote,
  priceQuoteDraft,
  quoteWizardKeys,
  transitionQuote,
} from "#src/api/quote-wizard.ts";
import { FormAlert } from "#src/components/form-alert.tsx";
import { AlertIcon, CheckIcon, InfoIcon } from "#src/components/icons.tsx";
import { isLanguage } from "#src/i18n.ts";
import { useMe } from "#src/lib/me-context.ts";
import { withValueAt } from "./draft-paths.ts";
import { WizardFormContext } from "./fields.tsx";
import { clearLocalDraft, readLocalDraft, sameDraft } from "./local-draft.ts";
import { PremiumPanel } from "./premium-panel.tsx";
import classes from "./quote-wizard.module.css";
import { StepForm } from "./step-forms.tsx";
import { StepList } from "./step-list.tsx";
import { fieldId, firstStepOf, sectionOf, stepNumber } from "./steps.ts";
import { SummaryStep, type WizardAction } from "./summary-step.tsx";
import { type SaveStatus, useAutosave } from "./use-autosave.ts";

const statusColors: Record<QuoteStatus, string> = {
  active: "blue",
  offer: "teal",
  submitted: "yellow",
  accepted: "green",
  refused: "red",
  expired: "gray",
  archived: "gray",
};

export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : "nl";
  return (
    <Badge color={statusColors[status]} variant="light" size="lg">
      {QUOTE_STATUS_LABELS[status][language]}
    </Badge>
  );
}

function SaveIndicator({
  status,
  online,
  onRetry,
}: {
  status: SaveStatus;
  online: boolean;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  let content: React.ReactNode;
  if (status === "readOnly") content = null;
  else if (status === "stale")
    content = (
      <Text size="sm" c="red.8">
        {t("wizard.save.stale")}
      </Text>
    );
  else if (!online && status !== "saved")
    content = (
      <Text size="sm" c="orange.8">
        {t("wizard.save.offline")}
      </Text>
    );
  else if (status === "saved")
    content = (
      <Group gap={4} c="green.8" wrap="nowrap">
        <CheckIcon size={14} />
        <Text size="sm">{t("wizard.save.saved")}</Text>
      </Group>
    );
  else if (status === "pending" || status === "saving")
    content = (
      <Text size="sm" c="dimmed">
        {t("wizard.save.saving")}
      </Text>
    );
  else if (status === "invalid")
    content = (
      <Text size="sm" c="red.8">
        {t("wizard.save.invalid")}
      </Text>
    );
  else
    content = (
      <Group gap={6} wrap="nowrap">
        <Text size="sm" c="red.8">
          {t("wizard.save.failed")}
        </Text>
        <Button size="compact-sm" variant="light" color="red" onClick={onRetry}>
          {t("wizard.save.retry")}
        </Button>
      </Group>
    );
  return (
    <Box role="status" aria-live="polite" data-testid="save-state" data-status={status} maw={380}>
      {content}
    </Box>
  );
}

/** `PV_TPE-KMO_Boulangerie_0001` may wrap after an underscore on a phone, not in the middle of a word. */
function ReferenceText({ reference }: { reference: string }) {
  const parts = reference.split("_");
  return (
    <>
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
        <span key={index}>
          {part}
          {index < parts.length - 1 && (
            <>
              _<wbr />
            </>
          )}
        </span>
      ))}
    </>
  );
}

type Props = {
  detail: QuoteDetail;
  initialStep: StepId | undefined;
  /** Drops this page's input and starts again from the server's version. */
  onReload: () => void;
};

export function QuoteWizard({ detail, initialStep, onReload }: Props) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : "nl";
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const network = useNetwork();
  const editable = detail.actions.includes("edit");
  const detailKey = quoteWizardKeys.detail(detail.id);

  // Input typed here but never confirmed by the server (reload, dropped connection): restored while
  // the server is still at the version it was based on.
  const [restored] = useState<QuoteDraft | null>(() => {
    const local = readLocalDraft(me.user.id, detail.id);
    if (local && editable && local.baseVersion === detail.version && !sameDraft(local.draft, detail.draft))
      return local.draft;
    if (local) clearLocalDraft(me.user.id, detail.id);
    return null;
  });
  const [draft, setDraft] = useState<QuoteDraft>(restored ?? detail.draft);
  const draftRef = useRef(draft);
  const [errors, setErrors] = useState<Record<string, ErrorCode>>({});
  const [stepAlert, setStepAlert] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [busy, setBusy] = useState<WizardAction | null>(null);

  const onSaved = useCallback(
    (saved: QuoteSaved) => {
      const before = queryClient.getQueryData<QuoteDetail>(detailKey);
      queryClient.setQueryData<QuoteDetail>(detailKey, (prev) =>
        prev
          ? {
              ...prev,
              version: saved.version,
              status: saved.status,
              reference: saved.reference,
              updatedAt: saved.updatedAt,
            }
          : prev,
      );
      // An offer changed is a draft again: its actions and price are no longer those of the offer.
      if (before && before.status !== saved.status)
        void queryClient.invalidateQueries({ queryKey: detailKey });
    },
    [queryClient, detailKey],
  );

  const autosave = useAutosave({
    quoteId: detail.id,
    userId: me.user.id,
    version: detail.version,
    serverDraft: detail.draft,
    onSaved,
    onReadOnly: () => void queryClient.invalidateQueries({ queryKey: detailKey }),
    onSignedOut: () => queryClient.setQueryData(queryKeys.me, null),
    onInvalid: (fields) => setErrors((prev) => ({ ...prev, ...fields })),
  });
  const stale = autosave.status === "stale";
  const readOnly = !editable || stale || autosave.status === "readOnly";

  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the page opens with restored input
  useEffect(() => {
    if (!restored) return;
    autosave.change(restored);
    void autosave.flush();
    notifications.show({ id: `restored-${detail.id}`, color: "blue", message: t("wizard.save.restored") });
  }, []);

  // ── Steps ──
  const visible = visibleSteps(draft);
  const [stepState, setStepState] = useState<StepId>(() => {
    if (initialStep && visible.includes(initialStep)) return initialStep;
    return editable ? firstIncompleteStep(draft) : "summary";
  });
  const step = visible.includes(stepState) ? stepState : (visible[0] ?? "activity");
  const [reached, setReached] = useState<ReadonlySet<StepId>>(() => new Set([step]));
  const issuesByStep = useMemo(
    () => new Map(visibleSteps(draft).map((s) => [s, checkStep(s, draft)] as const)),
    [draft],
  );
  const complete = (s: StepId) => (issuesByStep.get(s)?.length ?? 1) === 0;
  const reachable = (s: StepId) => {
    if (readOnly) return true;
    const index = visible.indexOf(s);
    if (reached.has(s) || index <= visible.indexOf(step)) return true;
    return visible.slice(0, index).every(complete);
  };

  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterStep = useRef<string | null>(null);
  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const path = focusAfterStep.current;
    focusAfterStep.current = null;
    if (path && focusField(path)) return;
    headingRef.current?.focus({ preventScroll: true });
    const top = headingRef.current?.getBoundingClientRect().top ?? 0;
    if (top < 80 || top > window.innerHeight) {
      window.scrollTo({ top: window.scrollY + top - 96, behavior: "instant" as ScrollBehavior });
    }
  }, [step]);

  const set = useCallback(
    (path: string, value: unknown) => {
      if (readOnly) return;
      const next = withValueAt(draftRef.current, path, value);
      draftRef.current = next;
      setDraft(next);
      autosave.change(next);
      // A corrected field loses its message; a coverage ticked answers "choose at least one".
      const key = path.startsWith("coverages.") ? "coverages" : path;
      setErrors((prev) => {
        if (!(key in prev)) return prev;
        const rest = { ...prev };
        delete rest[key];
        return rest;
      });
    },
    [readOnly, autosave.change],
  );

  const goTo = (target: StepId, focusPath?: string) => {
    if (target === "coverages" && !readOnly) {
      // Work accidents is compulsory with staff: proposed until the broker decides otherwise.
      const a = draftRef.current.activity;
      if (
        (a.blueCollarCount ?? 0) + (a.whiteCollarCount ?? 0) > 0 &&
        draftRef.current.coverages.workAccidents === undefined
      )
        set("coverages.workAccidents", true);
    }
    focusAfterStep.current = focusPath ?? null;
    setStepAlert(false);
    setStepState(target);
    setReached((prev) => (prev.has(target) ? prev : new Set([...prev, target])));
    void navigate({ to: ".", search: { step: target }, replace: true });
    if (!readOnly) void autosave.flush();
  };

  const next = () => {
    const index = visible.indexOf(step);
    if (!readOnly) {
      const issues = checkStep(step, draftRef.current);
      if (issues.length > 0) {
        setErrors((prev) => ({
          ...prev,
          ...Object.fromEntries(issues.map((i) => [i.path, i.code as ErrorCode])),
        }));
        setStepAlert(true);
        focusField(issues[0]!.path);
        return;
      }
    }
    const following = visible[index + 1];
    if (following) goTo(following);
  };
  const previous = visible[visible.indexOf(step) - 1];

  // ── Premium ──
  const [priced] = useDebouncedValue(draft, 250);
  const live = useQuery({
    queryKey: quoteWizardKeys.price(detail.id, priced),
    queryFn: () => priceQuoteDraft(detail.id, priced),
    enabled: editable && !stale,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
  const pricing = editable ? (live.data ?? detail.pricing) : detail.pricing;
  const updating = editable && (live.isFetching || priced !== draft);

  // ── Actions ──
  const act = async (action: WizardAction) => {
    setBusy(action);
    setActionError(null);
    try {
      if (action === "erase") {
        // What is typed goes first (a save after the erasure would only meet a 404); then nothing
        // is saved again and no copy of the client's data stays on this device.
        if (editable && !stale) await autosave.flush();
        await eraseQuote(detail.id);
        autosave.markReadOnly();
        clearLocalDraft(me.user.id, detail.id);
        queryClient.removeQueries({ queryKey: detailKey });
        void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === "quotes" });
        notifications.show({ color: "green", message: t("wizard.done.erase") });
        await navigate({ to: "/requests" });
        return;
      }
      if (action === "copy") {
        const copy = await copyQuote(detail.id);
        queryClient.setQueryData(quoteWizardKeys.detail(copy.id), copy);
        notifications.show({ color: "green", message: t("wizard.done.copy", { reference: copy.reference }) });
        await navigate({ to: "/quotes/$quoteId", params: { quoteId: copy.id }, search: {} });
        return;
      }
      if (editable && !stale) {
        const saved = await autosave.flush();
        if (!saved) {
          setActionError(new Error("not saved"));
          return;
        }
      }
      const updated = await transitionQuote(detail.id, autosave.version(), action);
      autosave.adopt(updated.version, updated.draft);
      queryClient.setQueryData(detailKey, updated);
      void queryClient.invalidateQueries({
        predicate: (q) =>
          q.queryKey[0] === "quotes" && q.queryKey[1] !== "detail" && q.queryKey[1] !== "price",
      });
      if (!updated.actions.includes("edit")) autosave.markReadOnly();
      notifications.show({ color: "green", message: t(`wizard.done.${action}`) });
    } catch (error) {
      if (isApiError(error) && error.code === "QUOTE_INCOMPLETE" && error.hasFieldErrors) {
        const fields = Object.fromEntries(Object.entries(error.fields).map(([path, f]) => [path, f.code]));
        setErrors(fields);
        const first = firstStepOf(Object.keys(fields), draftRef.current);
        const firstPath = Object.keys(fields).find((path) => firstStepOf([path], draftRef.current) === first);
        setActionError(error);
        if (first) {
          goTo(first, firstPath);
          setStepAlert(true);
        }
      } else if (isApiError(error) && error.code === "QUOTE_STALE") {
        autosave.markStale();
      } else {
        setActionError(error);
      }
    } finally {
      setBusy(null);
    }
  };

  const section = sectionOf(step);
  const singleSection = section.coverage === null && section.steps.length === 1;
  const form = useMemo(
    () => ({ draft, set, errors, readOnly, language, pricing }),
    [draft, set, errors, readOnly, language, pricing],
  );

  return (
    <WizardFormContext.Provider value={form}>
      <Group justify="space-between" align="flex-end" mb="lg" gap="md">
        <div>
          <Text size="sm" c="dimmed" fw={500}>
            {detail.product.name} · {detail.product.insurerName}
          </Text>
          <Group gap="sm" align="center">
            <Title order={1} fz={{ base: 22, sm: 28 }} style={{ overflowWrap: "anywhere" }}>
              <ReferenceText reference={detail.reference} />
            </Title>
            <QuoteStatusBadge status={detail.status} />
          </Group>
          <Text size="xs" c="dimmed" mt={2}>
            {t("wizard.meta", { group: detail.group.name, intermediary: detail.intermediary.name })}
          </Text>
        </div>
        {editable && (
          <SaveIndicator status={autosave.status} online={network.online} onRetry={autosave.retry} />
        )}
      </Group>

      <Stack gap="sm" mb="lg">
        {stale && (
          <Alert
            color="red"
            variant="light"
            icon={<AlertIcon />}
            title={t("wizard.stale.title")}
            role="alert"
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t("wizard.stale.text")}</Text>
              <Button size="xs" color="red" onClick={onReload}>
                {t("wizard.stale.reload")}
              </Button>
            </Stack>
          </Alert>
        )}
        {editable && !stale && detail.status === "offer" && (
          <Alert color="teal" variant="light" icon={<InfoIcon />}>
            {t("wizard.offerNotice")}
          </Alert>
        )}
        {!editable && (
          <Alert color="gray" variant="light" icon={<InfoIcon />}>
            {t("wizard.readOnly", { status: QUOTE_STATUS_LABELS[detail.status][language] })}
          </Alert>
        )}
      </Stack>

      <div className={classes.layout}>
        <div className={classes.stepsArea}>
          <StepList
            visible={visible}
            current={step}
            complete={complete}
            reachable={reachable}
            onOpen={goTo}
          />
        </div>

        <div className={classes.formArea}>
          <Paper withBorder radius="md" p={{ base: "md", sm: "xl" }}>
            {!singleSection && (
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" style={{ letterSpacing: "0.03em" }}>
                {section.number}. {t(`wizard.sections.${section.id}`)}
              </Text>
            )}
            <Title
              order={2}
              size="h3"
              mb="lg"
              ref={headingRef}
              tabIndex={-1}
              style={{ outline: "none" }}
              id="step-title"
            >
              {stepNumber(step)} {t(`wizard.steps.${step}`)}
            </Title>
            <form
              noValidate
              aria-labelledby="step-title"
              onSubmit={(event) => {
                event.preventDefault();
                next();
              }}
            >
              <Stack gap="xl">
                {isApiError(actionError) && !actionError.hasFieldErrors && <FormAlert error={actionError} />}
                {actionError !== null && !isApiError(actionError) && (
                  <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
                    {t("wizard.save.notSavedForAction")}
                  </Alert>
                )}
                {step === "summary" ? (
                  <SummaryStep
                    detail={detail}
                    pricing={pricing}
                    language={language}
                    readOnly={readOnly}
                    busy={busy}
                    onGoTo={goTo}
                    onAction={(action) => void act(action)}
                  />
                ) : (
                  <StepForm step={step} quoteId={detail.id} />
                )}
                {stepAlert && Object.keys(errors).length > 0 && (
                  <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
                    {isApiError(actionError) && actionError.code === "QUOTE_INCOMPLETE"
                      ? actionError.message
                      : t("wizard.stepHasErrors")}
                  </Alert>
                )}
                <Group justify="space-between" gap="sm">
                  {previous ? (
                    <Button variant="default" onClick={() => goTo(previous)}>
                      {t("wizard.previous")}
                    </Button>
                  ) : (
                    <span />
                  )}
                  {step !== "summary" && <Button type="submit">{t("wizard.next")}</Button>}
                </Group>
              </Stack>
            </form>
          </Paper>
        </div>

        <div className={classes.premiumArea} data-summary={step === "summary" || undefined}>
          <PremiumPanel
            pricing={pricing}
            updating={updating}
            language={language}
            frozen={!editable}
            onGoTo={goTo}
          />
        </div>
      </div>
    </WizardFormContext.Provider>
  );
}

/** Brings the focus (and the eye) to a field by its draft path; false when it is not on screen. */
function focusField(path: string): boolean {
  const element = document.getElementById(fieldId(path));
  if (!element) return false;
  const target =
    element instanceof HTMLInputElement || element instanceof HTMLButtonElement
      ? element
      : element.querySelector<HTMLElement>("input:not([type=hidden]), button, [tabindex]");
  (target ?? element).focus({ preventScroll: true });
  element.scrollIntoView({ block: "center", behavior: "instant" as ScrollBehavior });
  return true;
}
