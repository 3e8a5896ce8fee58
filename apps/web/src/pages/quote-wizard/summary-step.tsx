import type { Language } from "@courtier/contracts/errors";
import { FREQUENCIES, type QuoteAction, type QuoteCoverage, type StepId } from "@courtier/contracts/quotes";
import type { QuoteDetail, QuotePricing, RatingResult } from "@courtier/contracts/responses";
import {
  Alert,
  Anchor,
  Box,
  Button,
  Grid,
  Group,
  List,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { offerPdfUrl } from "#src/api/quote-wizard.ts";
import { AlertIcon, CheckIcon, FileIcon, InfoIcon } from "#src/components/icons.tsx";
import { formatDate, formatDateTime } from "#src/lib/format.ts";
import { useMe } from "#src/lib/me-context.ts";
import { ChoiceField } from "./fields.tsx";
import { formatCents, formatNumber } from "./money.ts";
import { installmentsText, RatingStatusBadge, WhyThisPremium } from "./premium-panel.tsx";
import { lineName, taxName } from "./pricing-text.ts";
import classes from "./quote-wizard.module.css";
import { stepNumber } from "./steps.ts";

/** "erase": an admin removes the quote for good, at the client's request. */
export type WizardAction = QuoteAction | "copy" | "erase";

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section">
      <Title order={3} size="h5" mb="xs" c="gray.8">
        {title}
      </Title>
      {children}
    </Box>
  );
}

const money = { whiteSpace: "nowrap" } as const;

function PremiumTable({ result, language }: { result: RatingResult; language: Language }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={300} type="native">
      <Table verticalSpacing={6} striped="even" className={classes.premiumTable}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("wizard.summary.line")}</Table.Th>
            <Table.Th ta="right">{t("wizard.premium.net")}</Table.Th>
            <Table.Th ta="right" visibleFrom="sm">
              {t("wizard.summary.taxes")}
            </Table.Th>
            <Table.Th ta="right">{t("wizard.premium.total")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.lines.map((line) => (
            <Table.Tr key={line.coverage}>
              <Table.Td>{lineName(line, t)}</Table.Td>
              <Table.Td ta="right" style={money}>
                {formatCents(line.netCents, language)}
              </Table.Td>
              <Table.Td ta="right" style={money} visibleFrom="sm">
                {formatCents(
                  line.taxes.reduce((sum, tax) => sum + tax.cents, 0),
                  language,
                )}
              </Table.Td>
              <Table.Td ta="right" style={money}>
                {formatCents(line.totalCents, language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Td>{t("wizard.summary.totals")}</Table.Td>
            <Table.Td ta="right" style={money}>
              {formatCents(result.totalNetCents, language)}
            </Table.Td>
            <Table.Td ta="right" style={money} visibleFrom="sm">
              {formatCents(result.totalTaxesCents, language)}
            </Table.Td>
            <Table.Td ta="right" style={money}>
              {formatCents(result.totalAnnualCents, language)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Each tax and levy once, with its rate and what it adds over all lines. */
function TaxList({ result, language }: { result: RatingResult; language: Language }) {
  const { t } = useTranslation();
  const byKind = new Map<string, { rate: number; cents: number }>();
  for (const line of result.lines) {
    for (const tax of line.taxes) {
      const entry = byKind.get(tax.kind) ?? { rate: tax.rate, cents: 0 };
      entry.cents += tax.cents;
      byKind.set(tax.kind, entry);
    }
  }
  if (byKind.size === 0) return null;
  return (
    <Stack gap={4}>
      {[...byKind.entries()].map(([kind, { rate, cents }]) => (
        <Group key={kind} justify="space-between" wrap="nowrap" gap="md">
          <Text size="sm">
            {taxName(kind, t)} ({formatNumber(rate, language)} %)
          </Text>
          <Text size="sm" style={money}>
            {formatCents(cents, language)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function Decision({ detail }: { detail: QuoteDetail }) {
  const { t, i18n } = useTranslation();
  const decision = detail.decision;
  if (!decision) return null;
  const accepted = decision.decision === "accept";
  return (
    <Alert
      color={accepted ? "green" : "red"}
      variant="light"
      icon={accepted ? <CheckIcon /> : <AlertIcon />}
      title={t(accepted ? "wizard.summary.accepted" : "wizard.summary.refused", {
        insurer: detail.product.insurerName,
        date: formatDateTime(decision.decidedAt, i18n.language),
      })}
    >
      {decision.message ? (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
          {decision.message}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t("wizard.summary.noMessage")}
        </Text>
      )}
    </Alert>
  );
}

export function SummaryStep({
  detail,
  pricing,
  language,
  readOnly,
  busy,
  onGoTo,
  onAction,
}: {
  detail: QuoteDetail;
  pricing: QuotePricing | null;
  language: Language;
  readOnly: boolean;
  busy: WizardAction | null;
  onGoTo: (step: StepId) => void;
  onAction: (action: WizardAction) => void;
}) {
  const { t, i18n } = useTranslation();
  const [confirm, setConfirm] = useState<"submit" | "archive" | "erase" | null>(null);
  // Admins, and only while the insurer has not received it (then erasing is the insurer's).
  const mayErase = useMe().office.role === "admin" && !detail.submittedAt;
  const result = pricing?.result ?? null;
  const can = (action: QuoteDetail["actions"][number]) => detail.actions.includes(action);
  const missingCompulsory = result?.compulsoryCoverages.filter((c) => !c.quoted) ?? [];
  const stepTitle = (step: StepId) => `${stepNumber(step)} ${t(`wizard.steps.${step}`)}`;

  return (
    <Stack gap="xl">
      <Decision detail={detail} />

      {detail.status === "submitted" && (
        <Alert color="blue" variant="light" icon={<InfoIcon />}>
          {t("wizard.summary.submittedText", {
            insurer: detail.product.insurerName,
            date: detail.submittedAt ? formatDateTime(detail.submittedAt, i18n.language) : "",
          })}
        </Alert>
      )}

      {!result && (
        <Alert color="gray" variant="light" icon={<InfoIcon />} title={t("wizard.summary.noPremium")}>
          {pricing && pricing.missingSteps.length > 0 && (
            <Stack gap={2}>
              {pricing.missingSteps.map((step) => (
                <Anchor
                  key={step}
                  component="button"
                  type="button"
                  size="sm"
                  ta="left"
                  onClick={() => onGoTo(step)}
                >
                  {stepTitle(step)}
                </Anchor>
              ))}
            </Stack>
          )}
        </Alert>
      )}

      {result && (
        <>
          <Block title={t("wizard.summary.premiums")}>
            <PremiumTable result={result} language={language} />
          </Block>
          <Block title={t("wizard.summary.taxesAndLevies")}>
            <TaxList result={result} language={language} />
          </Block>
          <Paper bg="brand.0" p="md" radius="md">
            <Group justify="space-between" align="flex-end" gap="md">
              <div>
                <Text size="sm" c="brand.9">
                  {t("wizard.summary.annualPremium")}
                </Text>
                <Text fz={28} fw={700} c="brand.9" lh={1.2}>
                  {formatCents(result.totalAnnualCents, language)}
                </Text>
              </div>
              <RatingStatusBadge result={result} />
            </Group>
            <Text size="sm" mt="xs" c="brand.9">
              {installmentsText(result, language, t)}
            </Text>
          </Paper>
        </>
      )}

      {pricing && pricing.incompleteCoverages.length > 0 && (
        <Alert color="orange" variant="light" icon={<AlertIcon />} title={t("wizard.premium.incomplete")}>
          {pricing.incompleteCoverages.map((c) => t(`wizard.coverageNames.${c as QuoteCoverage}`)).join(", ")}
        </Alert>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <ChoiceField
            path="summary.paymentFrequency"
            label={t("wizard.summary.paymentFrequency")}
            options={FREQUENCIES.map((value) => ({
              value,
              label: t(`wizard.summary.frequencies.${value}`),
              description: t(`wizard.summary.frequencyHints.${value}`),
            }))}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <ChoiceField
            path="summary.clientLanguage"
            label={t("wizard.summary.clientLanguage")}
            description={t("wizard.summary.clientLanguageHint")}
            options={(["nl", "fr", "en"] as const).map((value) => ({
              value,
              label: t(`common.languages.${value}`),
            }))}
          />
        </Grid.Col>
      </Grid>

      {result && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Block title={t("wizard.summary.commission")}>
              <Text size="sm">
                {t("wizard.summary.commissionText", {
                  amount: formatCents(result.totalCommissionCents, language),
                })}
              </Text>
              <Text size="xs" c="dimmed">
                {t("wizard.summary.commissionHint")}
              </Text>
            </Block>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Block title={t("wizard.summary.validity")}>
              <Text size="sm">
                {detail.validUntil
                  ? t("wizard.summary.validUntil", { date: formatDate(detail.validUntil, i18n.language) })
                  : t("wizard.summary.validityLater")}
              </Text>
            </Block>
          </Grid.Col>
        </Grid>
      )}

      {missingCompulsory.map((c) => (
        <Alert
          key={`${c.coverage}-${c.code}`}
          color="orange"
          variant="light"
          icon={<AlertIcon />}
          title={t("wizard.summary.compulsory")}
        >
          {c.message[language]}
        </Alert>
      ))}
      {result && result.referralReasons.length > 0 && (
        <Alert color="yellow" variant="light" icon={<AlertIcon />} title={t("wizard.summary.referral")}>
          <List size="sm" spacing={2}>
            {result.referralReasons.map((reason) => (
              <List.Item key={`${reason.code}-${reason.coverage ?? ""}`}>
                {reason.message[language]}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {result && result.declineReasons.length > 0 && (
        <Alert color="red" variant="light" icon={<AlertIcon />} title={t("wizard.summary.declined")}>
          <List size="sm" spacing={2}>
            {result.declineReasons.map((reason) => (
              <List.Item key={`${reason.code}-${reason.coverage ?? ""}`}>
                {reason.message[language]}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      {result && <WhyThisPremium result={result} language={language} />}

      <Box component="section" aria-labelledby="quote-actions-title">
        <Title order={3} size="h5" mb="xs" c="gray.8" id="quote-actions-title">
          {t("wizard.summary.actions")}
        </Title>
        <Group gap="sm">
          {can("issueOffer") && (
            <Button
              onClick={() => onAction("issueOffer")}
              loading={busy === "issueOffer"}
              disabled={busy !== null}
            >
              {t("wizard.actions.issueOffer")}
            </Button>
          )}
          {can("pdf") && (
            <Button
              component="a"
              href={offerPdfUrl(detail.id)}
              target="_blank"
              rel="noopener"
              variant={can("submit") ? "default" : "filled"}
              leftSection={<FileIcon size={16} />}
            >
              {t("wizard.actions.pdf")}
            </Button>
          )}
          {can("submit") && (
            <Button onClick={() => setConfirm("submit")} loading={busy === "submit"} disabled={busy !== null}>
              {t("wizard.actions.submit")}
            </Button>
          )}
          {can("copy") && (
            <Button
              variant="default"
              onClick={() => onAction("copy")}
              loading={busy === "copy"}
              disabled={busy !== null}
            >
              {t("wizard.actions.copy")}
            </Button>
          )}
          {can("archive") && (
            <Button
              variant="subtle"
              color="red"
              onClick={() => setConfirm("archive")}
              loading={busy === "archive"}
              disabled={busy !== null}
            >
              {t("wizard.actions.archive")}
            </Button>
          )}
          {mayErase && (
            <Button
              variant="subtle"
              color="red"
              onClick={() => setConfirm("erase")}
              loading={busy === "erase"}
              disabled={busy !== null}
            >
              {t("wizard.actions.erase")}
            </Button>
          )}
        </Group>
        {readOnly && !detail.decision && detail.status !== "submitted" && (
          <Text size="sm" c="dimmed" mt="sm">
            {t("wizard.readOnlyHint")}
          </Text>
        )}
      </Box>

      <Modal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm ? t(`wizard.confirm.${confirm}Title`) : ""}
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            {confirm === "submit"
              ? t("wizard.confirm.submitText", { insurer: detail.product.insurerName })
              : confirm === "erase"
                ? t("wizard.confirm.eraseText", { reference: detail.reference })
                : t("wizard.confirm.archiveText")}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirm(null)}>
              {t("office.cancel")}
            </Button>
            <Button
              color={confirm === "submit" ? undefined : "red"}
              onClick={() => {
                const action = confirm;
                setConfirm(null);
                if (action) onAction(action);
              }}
            >
              {confirm ? t(`wizard.actions.${confirm}`) : ""}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
