import { insurerDecisionSchema, type QuoteCoverage } from "@courtier/contracts/quotes";
import type { QuoteDetail, RatingResult } from "@courtier/contracts/responses";
import {
  Alert,
  Button,
  Grid,
  Group,
  List,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type ApiError, isApiError } from "#src/api/api-error.ts";
import { backofficeOfferPdfUrl, backofficeQuoteQuery, decideQuote, quoteKeys } from "#src/api/quotes.ts";
import { AnchorLink, ButtonLink } from "#src/components/anchor-link.tsx";
import { FormAlert } from "#src/components/form-alert.tsx";
import { AlertIcon, CheckIcon, FileIcon } from "#src/components/icons.tsx";
import { isMissing, isUuid, Trail } from "#src/components/office.tsx";
import { PageHeader } from "#src/components/page-header.tsx";
import { QueryState } from "#src/components/query-state.tsx";
import { QuoteStatusBadge } from "#src/components/quote-status-badge.tsx";
import { isLanguage } from "#src/i18n.ts";
import { formErrorsFromApi, submitValidated } from "#src/lib/form-errors.tsx";
import { formatDate, formatDateTime, formatEnterprise } from "#src/lib/format.ts";
import { formatCents, versionWithoutName } from "#src/lib/quote-format.ts";
import { usePageTitle } from "#src/lib/use-page-title.ts";
import { ReferralBadge } from "./quotes-page.tsx";

const route = getRouteApi("/backoffice/quotes/$quoteId");

type Draft = QuoteDetail["draft"];
type Decision = "accept" | "refuse";

function useLanguage() {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : "nl";
}

/** A label over its value, as in the access-request cards. */
function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: 0.3 }}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="md" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** Formats the values a draft holds: money in cents, yes/no, dates, numbers. */
function useValues() {
  const { t, i18n } = useTranslation();
  const none = t("common.none");
  return {
    none,
    money: (cents: number | undefined) => (cents === undefined ? none : formatCents(cents, i18n.language)),
    yesNo: (value: boolean | undefined) =>
      value === undefined ? none : value ? t("backofficeQuotes.yes") : t("backofficeQuotes.no"),
    count: (value: number | undefined) =>
      value === undefined ? none : new Intl.NumberFormat(i18n.language).format(value),
    text: (value: string | undefined | null) => (value?.trim() ? value : none),
  };
}

function ClientSection({ quote }: { quote: QuoteDetail }) {
  const { t, i18n } = useTranslation();
  const v = useValues();
  const language = useLanguage();
  const a = quote.draft.activity;
  const activityName = quote.activityName?.[language];
  const street = [a.street, a.houseNumber].filter(Boolean).join(" ");
  const place = [a.postcode, a.city].filter(Boolean).join(" ");
  return (
    <Section title={t("backofficeQuotes.client.title")} id="client">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
        <Field label={t("backofficeQuotes.client.companyName")}>{v.text(a.companyName)}</Field>
        <Field label={t("backofficeQuotes.client.enterpriseNumber")}>
          {a.enterpriseNumber ? formatEnterprise(a.enterpriseNumber.replace(/\D/g, "")) : v.none}
        </Field>
        <Field label={t("backofficeQuotes.client.legalForm")}>
          {a.legalForm ? t(`backofficeQuotes.legalForms.${a.legalForm}`) : v.none}
        </Field>
        <Field label={t("backofficeQuotes.client.activity")}>
          {v.text([a.activityCode, activityName].filter(Boolean).join(" – "))}
        </Field>
        <Field label={t("backofficeQuotes.client.address")}>
          {street || place ? (
            <>
              {street && <div>{street}</div>}
              {place && <div>{place}</div>}
            </>
          ) : (
            v.none
          )}
        </Field>
        <Field label={t("backofficeQuotes.client.startDate")}>
          {a.startDate ? formatDate(a.startDate, i18n.language) : v.none}
        </Field>
        <Field label={t("backofficeQuotes.client.workers")}>
          {a.blueCollarCount === undefined || a.whiteCollarCount === undefined
            ? v.none
            : t("backofficeQuotes.client.workersValue", {
                blue: t("backofficeQuotes.client.blueCollar", { count: a.blueCollarCount }),
                white: t("backofficeQuotes.client.whiteCollar", { count: a.whiteCollarCount }),
              })}
        </Field>
        <Field label={t("backofficeQuotes.client.turnover")}>{v.money(a.turnoverCents)}</Field>
        <Field label={t("backofficeQuotes.client.cancelledByInsurer")}>
          {v.yesNo(quote.draft.claims.cancelledByInsurer)}
        </Field>
        <Field label={t("backofficeQuotes.client.language")}>
          {quote.draft.summary.clientLanguage
            ? t(`common.languages.${quote.draft.summary.clientLanguage}`)
            : v.none}
        </Field>
      </SimpleGrid>
    </Section>
  );
}

function BrokerSection({ quote }: { quote: QuoteDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t("backofficeQuotes.broker.title")} id="broker">
      <Stack gap="md">
        <Field label={t("backofficeQuotes.broker.office")}>
          <div>{quote.office.commercialName}</div>
          <Text size="xs" c="dimmed">
            {t("backoffice.enterpriseNumber")} {formatEnterprise(quote.office.enterpriseNumber)}
          </Text>
        </Field>
        <Field label={t("backofficeQuotes.broker.intermediary")}>
          <div>{quote.intermediary.name}</div>
          <Text size="xs" c="dimmed">
            {t("backofficeQuotes.broker.group", { group: quote.group.name })}
          </Text>
        </Field>
        <Field label={t("backofficeQuotes.broker.product")}>
          <div>
            {quote.product.name}
            {quote.product.versionLabel
              ? ` · ${versionWithoutName(quote.product.name, quote.product.versionLabel)}`
              : ""}
          </div>
          <Text size="xs" c="dimmed">
            {t("quotes.producerNumber", { number: quote.product.producerNumber || t("common.none") })}
          </Text>
        </Field>
        <SimpleGrid cols={2} spacing="md">
          <Field label={t("backofficeQuotes.broker.submittedAt")}>
            {quote.submittedAt ? formatDateTime(quote.submittedAt, i18n.language) : t("common.none")}
          </Field>
          <Field label={t("backofficeQuotes.broker.validUntil")}>
            {quote.validUntil ? formatDate(quote.validUntil, i18n.language) : t("common.none")}
          </Field>
        </SimpleGrid>
        <Field label={t("backofficeQuotes.broker.tariff")}>
          <Text size="sm" ff="monospace">
            {quote.tariffVersion}
          </Text>
        </Field>
      </Stack>
    </Section>
  );
}

/** The options of one chosen coverage, as label/value pairs. */
function useCoverageOptions() {
  const { t } = useTranslation();
  const v = useValues();
  const o = (key: string) => t(`backofficeQuotes.options.${key}` as "backofficeQuotes.options.topUp");
  return (coverage: QuoteCoverage, draft: Draft): [string, string][] => {
    switch (coverage) {
      case "workAccidents": {
        const w = draft.workAccidents;
        return [
          [o("blueCollarPayroll"), v.money(w.blueCollarPayrollCents)],
          [o("whiteCollarPayroll"), v.money(w.whiteCollarPayrollCents)],
          [o("topUp"), v.yesNo(w.topUp)],
        ];
      }
      case "generalLiability": {
        const g = draft.generalLiability;
        return [
          [o("limit"), g.limit ? o(`limits.${g.limit}`) : v.none],
          [o("afterDelivery"), v.yesNo(g.afterDelivery)],
          [o("entrustedGoods"), v.yesNo(g.entrustedGoods)],
          [o("deductible"), v.money(g.deductibleCents)],
        ];
      }
      case "property": {
        const p = draft.property;
        const rows: [string, string][] = [
          [o("occupancy"), p.occupancy ? o(`occupancies.${p.occupancy}`) : v.none],
          [o("building"), v.money(p.buildingCents)],
          [o("contents"), v.money(p.contentsCents)],
          [o("construction"), v.text(p.construction)],
          [o("alarm"), v.yesNo(p.alarm)],
          [o("sprinklers"), v.yesNo(p.sprinklers)],
          [o("theft"), v.yesNo(p.theft)],
          [
            o("businessInterruption"),
            p.businessInterruption ? o(`interruptions.${p.businessInterruption}`) : v.none,
          ],
        ];
        if (p.businessInterruption === "dailyIndemnity") {
          rows.push([o("dailyIndemnity"), v.money(p.dailyIndemnityCents)], [o("days"), v.count(p.days)]);
        }
        if (p.machineBreakdownCents) rows.push([o("machineBreakdown"), v.money(p.machineBreakdownCents)]);
        return rows;
      }
      case "objectiveLiability": {
        const l = draft.objectiveLiability;
        return [
          [o("premisesType"), l.premisesType ? o(`premises.${l.premisesType}`) : v.none],
          [o("publicArea"), l.publicAreaM2 === undefined ? v.none : `${v.count(l.publicAreaM2)} m²`],
        ];
      }
      case "legalAid":
        return [[o("formula"), draft.legalAid.formula ? o(`formulas.${draft.legalAid.formula}`) : v.none]];
    }
  };
}

function CoveragesSection({ draft }: { draft: Draft }) {
  const { t } = useTranslation();
  const v = useValues();
  const optionsOf = useCoverageOptions();
  const chosen = (Object.keys(draft.coverages) as QuoteCoverage[]).filter((c) => draft.coverages[c] === true);
  return (
    <Section title={t("backofficeQuotes.coverages.title")} id="coverages">
      {chosen.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("backofficeQuotes.coverages.none")}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="lg">
          {chosen.map((coverage) => {
            const claims = draft.claims[coverage];
            return (
              <div key={coverage}>
                <Text fw={700} size="sm" mb={6}>
                  {t(`backofficeQuotes.coverageNames.${coverage}`)}
                </Text>
                <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={0} fz="sm">
                  <Table.Tbody>
                    {optionsOf(coverage, draft).map(([label, value]) => (
                      <Table.Tr key={label}>
                        <Table.Th fw={400} c="dimmed" w="60%" scope="row">
                          {label}
                        </Table.Th>
                        <Table.Td>{value}</Table.Td>
                      </Table.Tr>
                    ))}
                    <Table.Tr>
                      <Table.Th fw={400} c="dimmed" w="60%" scope="row">
                        {t("backofficeQuotes.options.claims")}
                      </Table.Th>
                      <Table.Td>
                        {claims?.count
                          ? t("backofficeQuotes.options.claimsValue", {
                              count: claims.count,
                              amount: v.money(claims.totalCents ?? 0),
                            })
                          : t("backofficeQuotes.options.noClaims")}
                      </Table.Td>
                    </Table.Tr>
                  </Table.Tbody>
                </Table>
              </div>
            );
          })}
        </SimpleGrid>
      )}
    </Section>
  );
}

function PremiumSection({ result }: { result: RatingResult | null }) {
  const { t, i18n } = useTranslation();
  const money = (cents: number) => formatCents(cents, i18n.language);
  const numeric = { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" } as const;
  return (
    <Section title={t("backofficeQuotes.premium.title")} id="premium">
      {!result ? (
        <Text size="sm" c="dimmed">
          {t("backofficeQuotes.premium.none")}
        </Text>
      ) : (
        <Stack gap="md">
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("backofficeQuotes.premium.coverage")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("backofficeQuotes.premium.net")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("backofficeQuotes.premium.taxes")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("backofficeQuotes.premium.total")}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.lines.map((line) => (
                  <Table.Tr key={line.coverage}>
                    <Table.Td>{t(`backofficeQuotes.lines.${line.coverage}`)}</Table.Td>
                    <Table.Td ta="right" style={numeric}>
                      {money(line.netCents)}
                    </Table.Td>
                    <Table.Td ta="right" style={numeric}>
                      {money(line.taxes.reduce((sum, tax) => sum + tax.cents, 0))}
                    </Table.Td>
                    <Table.Td ta="right" style={numeric}>
                      {money(line.totalCents)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr fw={700} style={{ borderTop: "2px solid var(--mantine-color-gray-4)" }}>
                  <Table.Th scope="row">{t("backofficeQuotes.premium.annualTotal")}</Table.Th>
                  <Table.Td ta="right" style={numeric}>
                    {money(result.totalNetCents)}
                  </Table.Td>
                  <Table.Td ta="right" style={numeric}>
                    {money(result.totalTaxesCents)}
                  </Table.Td>
                  <Table.Td ta="right" style={numeric}>
                    {money(result.totalAnnualCents)}
                  </Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
          <Group gap="xl">
            <Field label={t("backofficeQuotes.premium.frequency")}>
              {t(`backofficeQuotes.frequencies.${result.paymentFrequency}`)}
            </Field>
            {result.installmentCount > 1 && (
              <Field label={t("backofficeQuotes.premium.installments")}>
                {t("backofficeQuotes.premium.installmentsValue", {
                  count: result.installmentCount,
                  first: money(result.firstInstallmentCents),
                  next: money(result.installmentCents),
                })}
              </Field>
            )}
            <Field label={t("backofficeQuotes.premium.effectiveDate")}>
              {formatDate(result.effectiveDate, i18n.language)}
            </Field>
          </Group>
        </Stack>
      )}
    </Section>
  );
}

/** Why the engine asks the insurer to look (referral), and compulsory coverages the broker left out. */
function ReferralAlert({ result }: { result: RatingResult | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!result) return null;
  const reasons = [...result.referralReasons, ...result.declineReasons];
  const missing = result.compulsoryCoverages.filter((c) => !c.quoted);
  if (reasons.length === 0 && missing.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<AlertIcon />}
      title={reasons.length > 0 ? t("backofficeQuotes.referralTitle") : t("backofficeQuotes.compulsoryTitle")}
    >
      <List size="sm" spacing={4}>
        {reasons.map((reason) => (
          <List.Item key={`${reason.code}-${reason.coverage ?? ""}`}>{reason.message[language]}</List.Item>
        ))}
        {missing.map((c) => (
          <List.Item key={`${c.code}-${c.coverage}`}>{c.message[language]}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

function DecisionAlert({ quote }: { quote: QuoteDetail }) {
  const { t, i18n } = useTranslation();
  if (!quote.decision) return null;
  const accepted = quote.decision.decision === "accept";
  return (
    <Alert
      color={accepted ? "green" : "red"}
      variant="light"
      icon={accepted ? <CheckIcon /> : <AlertIcon />}
      title={t(accepted ? "backofficeQuotes.decision.accepted" : "backofficeQuotes.decision.refused", {
        date: formatDateTime(quote.decision.decidedAt, i18n.language),
      })}
    >
      {quote.decision.message ? (
        <Text size="sm" style={{ whiteSpace: "pre-line" }}>
          {quote.decision.message}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t("backofficeQuotes.decision.noMessage")}
        </Text>
      )}
    </Alert>
  );
}

/** "Aanvaarden" / "Weigeren": a message to the broker, required when refusing. */
function DecisionModal({
  quote,
  decision,
  loading,
  error: mutationError,
  onConfirm,
  onClose,
}: {
  quote: QuoteDetail;
  decision: Decision | null;
  loading: boolean;
  error: unknown;
  onConfirm: (decision: Decision, message: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const opened = decision !== null;
  // While the modal fades out, it keeps the title and text of the decision it was opened for.
  const [shown, setShown] = useState<Decision>("accept");
  if (decision !== null && decision !== shown) setShown(decision);
  const form = useForm({ initialValues: { message: "" } });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new decision starts with an empty message
  useEffect(() => {
    if (opened) form.reset();
  }, [opened]);
  useEffect(() => {
    if (isApiError(mutationError)) form.setErrors(formErrorsFromApi(mutationError));
  }, [mutationError, form.setErrors]);

  const submit = submitValidated(
    form,
    insurerDecisionSchema,
    (data) => onConfirm(data.decision, data.message),
    (values) => ({ decision: shown, message: values.message }),
  );
  const refusing = shown === "refuse";
  const title = refusing ? t("backofficeQuotes.refuseTitle") : t("backofficeQuotes.acceptTitle");
  const formError =
    mutationError &&
    !(isApiError(mutationError) && (mutationError.hasFieldErrors || mutationError.code === "ALREADY_DECIDED"))
      ? mutationError
      : null;

  return (
    <Modal opened={opened} onClose={onClose} title={title} centered size="lg">
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="md">
          <Text size="sm">
            {t(refusing ? "backofficeQuotes.refuseText" : "backofficeQuotes.acceptText", {
              reference: quote.reference,
              office: quote.office.commercialName,
              intermediary: quote.intermediary.name,
            })}
          </Text>
          <FormAlert error={formError} />
          <Textarea
            label={t("backofficeQuotes.message")}
            description={
              refusing ? t("backofficeQuotes.messageRequired") : t("backofficeQuotes.messageOptional")
            }
            required={refusing}
            withAsterisk={false}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={2000}
            data-autofocus
            {...form.getInputProps("message")}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t("office.cancel")}
            </Button>
            <Button type="submit" color={refusing ? "red" : "brand"} loading={loading}>
              {refusing ? t("backoffice.refuse") : t("backoffice.accept")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function QuoteView({ quote }: { quote: QuoteDetail }) {
  const { t } = useTranslation();
  usePageTitle(quote.reference);
  const queryClient = useQueryClient();
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [stale, setStale] = useState<ApiError | null>(null);
  const result = quote.pricing.result;
  const open = quote.status === "submitted";

  const refresh = () => queryClient.invalidateQueries({ queryKey: quoteKeys.backoffice });
  const mutation = useMutation({
    mutationFn: ({ decision, message }: { decision: Decision; message: string }) =>
      decideQuote(
        quote.id,
        decision === "accept" ? { decision: "accept", message } : { decision: "refuse", message },
      ),
    onSuccess: async (updated, { decision }) => {
      setDeciding(null);
      setStale(null);
      queryClient.setQueryData(quoteKeys.backofficeQuote(quote.id), updated);
      notifications.show({
        color: decision === "accept" ? "green" : "gray",
        message: t(decision === "accept" ? "backofficeQuotes.accepted" : "backofficeQuotes.refused", {
          reference: quote.reference,
        }),
      });
      await refresh();
    },
    onError: async (error) => {
      if (isApiError(error) && error.code === "ALREADY_DECIDED") {
        setDeciding(null);
        setStale(error);
        await refresh();
      }
    },
  });

  return (
    <>
      <Trail current={quote.reference}>
        <AnchorLink to="/backoffice/quotes" size="sm">
          {t("backofficeQuotes.title")}
        </AnchorLink>
      </Trail>
      <PageHeader
        title={quote.reference}
        subtitle={quote.draft.activity.companyName || undefined}
        actions={
          <Group gap="sm">
            <Button
              component="a"
              href={backofficeOfferPdfUrl(quote.id)}
              target="_blank"
              rel="noopener"
              variant="default"
              leftSection={<FileIcon size={16} />}
            >
              {t("backofficeQuotes.pdf")}
            </Button>
            {open && (
              <>
                <Button
                  variant="light"
                  color="red"
                  onClick={() => {
                    mutation.reset();
                    setDeciding("refuse");
                  }}
                >
                  {t("backoffice.refuse")}
                </Button>
                <Button
                  leftSection={<CheckIcon size={16} />}
                  onClick={() => {
                    mutation.reset();
                    setDeciding("accept");
                  }}
                >
                  {t("backoffice.accept")}
                </Button>
              </>
            )}
          </Group>
        }
      />
      <Stack gap="md">
        <Group gap="xs">
          <QuoteStatusBadge status={quote.status} size="lg" />
          {result?.status === "referral" && <ReferralBadge />}
        </Group>
        {stale && (
          <Alert
            color="yellow"
            variant="light"
            icon={<AlertIcon />}
            role="alert"
            withCloseButton
            closeButtonLabel={t("products.dismiss")}
            onClose={() => setStale(null)}
          >
            {t("backofficeQuotes.alreadyDecided")}
          </Alert>
        )}
        <DecisionAlert quote={quote} />
        <ReferralAlert result={result} />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <ClientSection quote={quote} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <BrokerSection quote={quote} />
          </Grid.Col>
        </Grid>
        <CoveragesSection draft={quote.draft} />
        <PremiumSection result={result} />
      </Stack>
      <DecisionModal
        quote={quote}
        decision={deciding}
        loading={mutation.isPending}
        error={deciding ? mutation.error : null}
        onConfirm={(decision, message) => mutation.mutate({ decision, message })}
        onClose={() => setDeciding(null)}
      />
    </>
  );
}

/** An unknown id, or a quote of another insurer or not submitted: the same "not found". */
function QuoteNotFound() {
  const { t } = useTranslation();
  usePageTitle(t("backofficeQuotes.notFoundTitle"));
  return (
    <Stack align="center" gap="sm" py={64} ta="center" role="alert">
      <Title order={1} size="h3">
        {t("backofficeQuotes.notFoundTitle")}
      </Title>
      <Text c="dimmed" maw={440}>
        {t("backofficeQuotes.notFoundText")}
      </Text>
      <ButtonLink to="/backoffice/quotes" variant="default" mt="xs">
        {t("backofficeQuotes.backToQueue")}
      </ButtonLink>
    </Stack>
  );
}

/** One submitted quote, read-only, with the insurer's decision. */
export function BackofficeQuotePage() {
  const { quoteId } = route.useParams();
  const quote = useQuery({ ...backofficeQuoteQuery(quoteId), enabled: isUuid(quoteId) });
  if (!isUuid(quoteId) || (quote.isError && isMissing(quote.error))) return <QuoteNotFound />;
  return <QueryState query={quote}>{(data) => <QuoteView quote={data} />}</QueryState>;
}
