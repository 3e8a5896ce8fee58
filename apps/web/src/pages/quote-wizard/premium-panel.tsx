import type { Language } from "@courtier/contracts/errors";
import type { QuoteCoverage, StepId } from "@courtier/contracts/quotes";
import type { PremiumLine, QuotePricing, RatingResult } from "@courtier/contracts/responses";
import {
  Anchor,
  Badge,
  Box,
  Button,
  Collapse,
  Divider,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ChevronDownIcon } from "#src/components/icons.tsx";
import { formatCents } from "./money.ts";
import { lineName, trailStepOf, trailValue } from "./pricing-text.ts";
import { stepNumber } from "./steps.ts";

/** The lines of one coverage of the wizard (fire has several), summed. */
export function coverageTotals(result: RatingResult) {
  const totals = new Map<QuoteCoverage, { netCents: number; totalCents: number; lines: PremiumLine[] }>();
  for (const line of result.lines) {
    const group = line.group as QuoteCoverage;
    const entry = totals.get(group) ?? { netCents: 0, totalCents: 0, lines: [] };
    entry.netCents += line.netCents;
    entry.totalCents += line.totalCents;
    entry.lines.push(line);
    totals.set(group, entry);
  }
  return [...totals.entries()];
}

export function RatingStatusBadge({ result }: { result: RatingResult }) {
  const { t } = useTranslation();
  if (result.status === "priced") return null;
  return (
    <Badge color={result.status === "declined" ? "red" : "yellow"} variant="light">
      {t(`wizard.premium.status.${result.status}`)}
    </Badge>
  );
}

/** "4 termijnen: de eerste € 123,47, daarna € 123,45". */
export function installmentsText(result: RatingResult, language: Language, t: TFunction) {
  if (result.installmentCount <= 1) return t("wizard.premium.installmentsAnnual");
  if (result.firstInstallmentCents === result.installmentCents)
    return t("wizard.premium.installmentsEqual", {
      n: result.installmentCount,
      amount: formatCents(result.installmentCents, language),
    });
  return t("wizard.premium.installments", {
    n: result.installmentCount,
    first: formatCents(result.firstInstallmentCents, language),
    amount: formatCents(result.installmentCents, language),
  });
}

function Trail({ line, language }: { line: PremiumLine; language: Language }) {
  const { t } = useTranslation();
  return (
    <Box>
      <Text size="xs" fw={600} mb={4}>
        {lineName(line, t)}
      </Text>
      <Table.ScrollContainer minWidth={260} type="native">
        <Table fz="xs" verticalSpacing={2} horizontalSpacing={6} withTableBorder withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("wizard.trail.step")}</Table.Th>
              <Table.Th ta="right">{t("wizard.trail.value")}</Table.Th>
              <Table.Th ta="right">{t("wizard.trail.result")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {line.trail.map((entry, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a trail is a fixed sequence; the same step may repeat
              <Table.Tr key={index}>
                {/* Where the figure comes from in the tariff, for whoever checks it against the tariff book. */}
                <Table.Td title={t("wizard.trail.source", { table: entry.table, row: entry.row })}>
                  {trailStepOf(line.trail, index, t)}
                </Table.Td>
                <Table.Td ta="right">{trailValue(entry, language, t)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {formatCents(entry.resultCents, language)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Box>
  );
}

export function WhyThisPremium({ result, language }: { result: RatingResult; language: Language }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Box>
      <Button
        variant="subtle"
        size="compact-sm"
        px={4}
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls="premium-why"
        rightSection={
          <ChevronDownIcon
            size={14}
            style={{ transform: open ? "rotate(180deg)" : undefined, transition: "transform 150ms" }}
          />
        }
      >
        {t("wizard.premium.why")}
      </Button>
      <Collapse expanded={open} id="premium-why">
        <Stack gap="sm" mt="xs">
          <Text size="xs" c="dimmed">
            {t("wizard.premium.whyIntro")}
          </Text>
          {result.lines.map((line) => (
            <Trail key={line.coverage} line={line} language={language} />
          ))}
        </Stack>
      </Collapse>
    </Box>
  );
}

export function PremiumPanel({
  pricing,
  updating,
  language,
  frozen,
  onGoTo,
}: {
  pricing: QuotePricing | null;
  updating: boolean;
  language: Language;
  /** The price of an issued offer: it no longer follows the input. */
  frozen: boolean;
  onGoTo: (step: StepId) => void;
}) {
  const { t } = useTranslation();
  const result = pricing?.result ?? null;
  const announced = result
    ? t("wizard.premium.announce", { amount: formatCents(result.totalAnnualCents, language) })
    : t("wizard.premium.none");
  const stepTitle = (step: StepId) => `${stepNumber(step)} ${t(`wizard.steps.${step}`)}`;

  return (
    <Paper withBorder radius="md" p="md" component="aside" aria-labelledby="premium-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Title order={2} size="h5" id="premium-title">
            {t("wizard.premium.title")}
          </Title>
          {updating ? (
            <Loader size={14} aria-label={t("wizard.premium.updating")} />
          ) : frozen ? (
            <Badge variant="light" color="gray" size="sm">
              {t("wizard.premium.frozen")}
            </Badge>
          ) : null}
        </Group>
        <VisuallyHidden aria-live="polite" aria-atomic="true">
          {announced}
        </VisuallyHidden>

        {!pricing && (
          <Group justify="center" py="md">
            <Loader size="sm" aria-label={t("common.loading")} />
          </Group>
        )}

        {result ? (
          <>
            <div>
              <Text fz={30} fw={700} lh={1.15} c="brand.8" data-testid="premium-total">
                {formatCents(result.totalAnnualCents, language)}
              </Text>
              <Text size="xs" c="dimmed">
                {t("wizard.premium.perYear")}
              </Text>
            </div>
            <RatingStatusBadge result={result} />
            <Table fz="sm" verticalSpacing={4} horizontalSpacing={0}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th fw={500} c="dimmed" fz="xs">
                    {t("wizard.premium.coverage")}
                  </Table.Th>
                  <Table.Th fw={500} c="dimmed" fz="xs" ta="right">
                    {t("wizard.premium.net")}
                  </Table.Th>
                  <Table.Th fw={500} c="dimmed" fz="xs" ta="right">
                    {t("wizard.premium.total")}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {coverageTotals(result).map(([coverage, totals]) => (
                  <Table.Tr key={coverage}>
                    <Table.Td pr="xs">{t(`wizard.coverageNames.${coverage}`)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                      {formatCents(totals.netCents, language)}
                    </Table.Td>
                    <Table.Td ta="right" pl="xs" style={{ whiteSpace: "nowrap" }}>
                      {formatCents(totals.totalCents, language)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="xs" c="dimmed">
              {installmentsText(result, language, t)}
            </Text>
          </>
        ) : pricing ? (
          <Text size="sm" c="dimmed">
            {pricing.missingSteps.includes("activity")
              ? t("wizard.premium.none")
              : t("wizard.premium.noneYet")}
          </Text>
        ) : null}

        {pricing && pricing.missingSteps.length > 0 && (
          <Box>
            <Text size="sm" fw={500}>
              {t("wizard.premium.missing")}
            </Text>
            <Stack gap={2} mt={4}>
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
          </Box>
        )}
        {pricing && pricing.incompleteCoverages.length > 0 && (
          <Box>
            <Text size="sm" fw={500}>
              {t("wizard.premium.incomplete")}
            </Text>
            <Stack gap={2} mt={4}>
              {pricing.incompleteCoverages.map((coverage) => (
                <Text key={coverage} size="sm" c="orange.8">
                  {t(`wizard.coverageNames.${coverage as QuoteCoverage}`)}
                </Text>
              ))}
            </Stack>
          </Box>
        )}

        {result && result.lines.length > 0 && (
          <>
            <Divider />
            <WhyThisPremium result={result} language={language} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
