import { localitiesOf } from "@courtier/contracts/postcodes";
import {
  CONSTRUCTIONS,
  LEGAL_FORMS,
  PREMISES,
  QUOTE_COVERAGES,
  type QuoteCoverage,
  type StepId,
} from "@courtier/contracts/quotes";
import type { ActivityOptions } from "@courtier/contracts/responses";
import {
  Alert,
  Autocomplete,
  Badge,
  Box,
  Checkbox,
  Grid,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { quoteWizardKeys, searchQuoteActivities } from "#src/api/quote-wizard.ts";
import { AlertIcon, InfoIcon } from "#src/components/icons.tsx";
import { FieldErrorText } from "#src/lib/form-errors.tsx";
import {
  ChoiceField,
  CountField,
  MoneyField,
  SelectField,
  TextField,
  useWizardForm,
  YesNoField,
} from "./fields.tsx";
import { fieldId } from "./steps.ts";

type Activity = ActivityOptions["activities"][number];

function FormSection({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <Box component="section">
      {title && (
        <Title order={3} size="h5" mb="sm" c="gray.8">
          {title}
        </Title>
      )}
      {children}
    </Box>
  );
}

export function AcceptanceBadge({ acceptance }: { acceptance: Activity["acceptance"] }) {
  const { t } = useTranslation();
  if (acceptance === "accepted") return null;
  return (
    <Badge size="sm" variant="light" color={acceptance === "declined" ? "red" : "yellow"}>
      {t(`wizard.activity.acceptance.${acceptance}`)}
    </Badge>
  );
}

const activityLabel = (a: Activity) => `${a.name} (${a.code})`;

/** "Uitgevoerde activiteit": searched on the server in the tariff of the quote, as the broker types. */
function ActivityField({ quoteId }: { quoteId: string }) {
  const { t } = useTranslation();
  const form = useWizardForm();
  const path = "activity.activityCode";
  const code = typeof form.draft.activity.activityCode === "string" ? form.draft.activity.activityCode : null;
  const [chosen, setChosen] = useState<Activity | null>(null);
  const [search, setSearch] = useState("");

  // The name of an activity chosen before (a reload): the code finds it first.
  const known = useQuery({
    queryKey: quoteWizardKeys.activities(quoteId, code ?? ""),
    queryFn: () => searchQuoteActivities(quoteId, code ?? ""),
    enabled: code !== null && chosen?.code !== code,
    staleTime: 5 * 60_000,
    select: (data) => data.activities.find((a) => a.code === code) ?? null,
  });
  const current = chosen?.code === code ? chosen : (known.data ?? null);

  const typed = current && search === activityLabel(current) ? "" : search.trim();
  const [query] = useDebouncedValue(typed, 250);
  const results = useQuery({
    queryKey: quoteWizardKeys.activities(quoteId, query),
    queryFn: () => searchQuoteActivities(quoteId, query),
    enabled: !form.readOnly,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });

  const byCode = new Map<string, Activity>();
  if (current && (typed === "" || results.data?.activities.some((a) => a.code === current.code)))
    byCode.set(current.code, current);
  for (const activity of results.data?.activities ?? []) byCode.set(activity.code, activity);
  const errorCode = form.errors[path];

  return (
    <Stack gap={6}>
      <SelectActivity
        id={fieldId(path)}
        label={t("wizard.activity.activity")}
        placeholder={t("wizard.activity.activityPlaceholder")}
        options={[...byCode.values()]}
        value={code}
        search={search}
        onSearch={setSearch}
        onChoose={(activity) => {
          setChosen(activity);
          form.set(path, activity?.code);
        }}
        error={errorCode ? <FieldErrorText code={errorCode} /> : undefined}
        disabled={form.readOnly}
        nothingFound={results.isFetching ? t("common.loading") : t("wizard.activity.nothingFound")}
      />
      {current && current.acceptance !== "accepted" && (
        <Alert
          color={current.acceptance === "declined" ? "red" : "yellow"}
          variant="light"
          icon={<AlertIcon />}
          p="xs"
        >
          <Text size="sm">{t(`wizard.activity.acceptanceText.${current.acceptance}`)}</Text>
        </Alert>
      )}
    </Stack>
  );
}

function SelectActivity(props: {
  id: string;
  label: string;
  placeholder: string;
  options: Activity[];
  value: string | null;
  search: string;
  onSearch: (value: string) => void;
  onChoose: (activity: Activity | null) => void;
  error: ReactNode;
  disabled: boolean;
  nothingFound: string;
}) {
  const { t } = useTranslation();
  const byCode = new Map(props.options.map((a) => [a.code, a]));
  return (
    <SearchableSelect
      id={props.id}
      label={props.label}
      placeholder={props.placeholder}
      data={props.options.map((a) => ({ value: a.code, label: activityLabel(a) }))}
      value={props.value}
      searchValue={props.search}
      onSearchChange={props.onSearch}
      onChange={(value) => props.onChoose(value ? (byCode.get(value) ?? null) : null)}
      error={props.error}
      disabled={props.disabled}
      nothingFoundMessage={props.nothingFound}
      renderOption={(value) => {
        const activity = byCode.get(value);
        if (!activity) return value;
        return (
          <Group justify="space-between" wrap="nowrap" w="100%" gap="sm">
            <div>
              <Text size="sm">{activity.name}</Text>
              <Text size="xs" c="dimmed">
                {t("wizard.activity.nace", { code: activity.code })}
              </Text>
            </div>
            <AcceptanceBadge acceptance={activity.acceptance} />
          </Group>
        );
      }}
    />
  );
}

/** Mantine's Select, searchable, with the filtering left to the server. */
function SearchableSelect(props: {
  id: string;
  label: string;
  placeholder: string;
  data: { value: string; label: string }[];
  value: string | null;
  searchValue: string;
  onSearchChange: (value: string) => void;
  onChange: (value: string | null) => void;
  error: ReactNode;
  disabled: boolean;
  nothingFoundMessage: string;
  renderOption: (value: string) => ReactNode;
}) {
  return (
    <Select
      id={props.id}
      label={props.label}
      placeholder={props.placeholder}
      required
      withAsterisk={false}
      searchable
      data={props.data}
      value={props.value}
      searchValue={props.searchValue}
      onSearchChange={props.onSearchChange}
      onChange={(value) => props.onChange(value)}
      filter={({ options }) => options}
      allowDeselect={false}
      nothingFoundMessage={props.nothingFoundMessage}
      maxDropdownHeight={320}
      renderOption={({ option }) => props.renderOption(option.value)}
      error={props.error}
      disabled={props.disabled}
    />
  );
}

/** "Gemeente", suggested from the postcode once it has 4 digits. */
function CityField() {
  const { t } = useTranslation();
  const form = useWizardForm();
  const path = "activity.city";
  const postcode = form.draft.activity.postcode ?? "";
  const suggestions = /^\d{4}$/.test(postcode) ? [...localitiesOf(postcode)] : [];
  const code = form.errors[path];
  return (
    <Autocomplete
      id={fieldId(path)}
      label={t("wizard.activity.city")}
      required
      withAsterisk={false}
      autoComplete="off"
      data={suggestions}
      value={form.draft.activity.city ?? ""}
      onChange={(value) => form.set(path, value === "" ? undefined : value)}
      maxLength={80}
      error={code ? <FieldErrorText code={code} /> : undefined}
      disabled={form.readOnly}
    />
  );
}

function ActivityStep({ quoteId }: { quoteId: string }) {
  const { t } = useTranslation();
  const form = useWizardForm();
  const setPostcode = (value: string) => {
    const digits = value.replace(/\D/g, "").slice(0, 4);
    form.set("activity.postcode", digits === "" ? undefined : digits);
    // One locality for the postcode and no city yet: it is that one.
    const localities = digits.length === 4 ? localitiesOf(digits) : [];
    if (localities.length === 1 && !form.draft.activity.city) form.set("activity.city", localities[0]);
  };
  const postcodeError = form.errors["activity.postcode"];
  return (
    <Stack gap="xl">
      <FormSection title={t("wizard.activity.company")}>
        <Grid gap="md">
          <Grid.Col span={12}>
            <TextField
              path="activity.companyName"
              label={t("wizard.activity.companyName")}
              maxLength={120}
              autoComplete="organization"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextField
              path="activity.enterpriseNumber"
              label={t("wizard.activity.enterpriseNumber")}
              description={t("wizard.activity.enterpriseNumberHint")}
              optional
              maxLength={20}
              placeholder="0123.456.749"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <SelectField
              path="activity.legalForm"
              label={t("wizard.activity.legalForm")}
              options={LEGAL_FORMS.map((value) => ({ value, label: t(`wizard.legalForms.${value}`) }))}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <ActivityField quoteId={quoteId} />
          </Grid.Col>
        </Grid>
      </FormSection>
      <FormSection title={t("wizard.activity.site")}>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextField
              path="activity.street"
              label={t("wizard.activity.street")}
              maxLength={120}
              autoComplete="address-line1"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextField path="activity.houseNumber" label={t("wizard.activity.houseNumber")} maxLength={12} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextFieldRaw
              id={fieldId("activity.postcode")}
              label={t("wizard.activity.postcode")}
              value={form.draft.activity.postcode ?? ""}
              onChange={setPostcode}
              error={postcodeError ? <FieldErrorText code={postcodeError} /> : undefined}
              disabled={form.readOnly}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <CityField />
          </Grid.Col>
        </Grid>
      </FormSection>
      <FormSection title={t("wizard.activity.size")}>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextField
              path="activity.startDate"
              label={t("wizard.activity.startDate")}
              type="date"
              maxLength={10}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <MoneyField path="activity.turnoverCents" label={t("wizard.activity.turnover")} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <CountField
              path="activity.blueCollarCount"
              label={t("wizard.activity.blueCollarCount")}
              max={100_000}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <CountField
              path="activity.whiteCollarCount"
              label={t("wizard.activity.whiteCollarCount")}
              max={100_000}
            />
          </Grid.Col>
        </Grid>
      </FormSection>
    </Stack>
  );
}

function TextFieldRaw(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: ReactNode;
  disabled: boolean;
}) {
  return (
    <TextInput
      id={props.id}
      label={props.label}
      required
      inputMode="numeric"
      autoComplete="postal-code"
      maxLength={4}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      error={props.error}
      disabled={props.disabled}
    />
  );
}

const workerCount = (draft: { activity: { blueCollarCount?: number; whiteCollarCount?: number } }) =>
  (draft.activity.blueCollarCount ?? 0) + (draft.activity.whiteCollarCount ?? 0);

function CoveragesStep() {
  const { t } = useTranslation();
  const form = useWizardForm();
  const chosen = QUOTE_COVERAGES.filter((c) => form.draft.coverages[c] === true);
  const code = form.errors.coverages;
  const hasWorkers = workerCount(form.draft) > 0;
  return (
    <Stack gap="md">
      <Checkbox.Group
        wrapperProps={{ id: fieldId("coverages") }}
        label={t("wizard.coverages.question")}
        description={t("wizard.coverages.hint")}
        value={chosen}
        onChange={(next) => {
          for (const coverage of QUOTE_COVERAGES) {
            const on = next.includes(coverage);
            if (on !== chosen.includes(coverage)) form.set(`coverages.${coverage}`, on);
          }
        }}
        error={code ? <FieldErrorText code={code} /> : undefined}
        readOnly={form.readOnly}
      >
        <Stack gap="md" mt="sm">
          {QUOTE_COVERAGES.map((coverage) => (
            <Checkbox
              key={coverage}
              value={coverage}
              label={t(`wizard.coverageNames.${coverage}`)}
              description={
                coverage === "workAccidents" && hasWorkers
                  ? t("wizard.coverages.compulsoryWithWorkers")
                  : t(`wizard.coverages.descriptions.${coverage}`)
              }
              disabled={form.readOnly}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      {hasWorkers && form.draft.coverages.workAccidents === false && (
        <Alert color="yellow" variant="light" icon={<AlertIcon />}>
          {t("wizard.coverages.workAccidentsCompulsory")}
        </Alert>
      )}
    </Stack>
  );
}

function ClaimsStep() {
  const { t } = useTranslation();
  const form = useWizardForm();
  const chosen = QUOTE_COVERAGES.filter((c) => form.draft.coverages[c] === true);
  return (
    <Stack gap="xl">
      <Text size="sm" c="dimmed">
        {t("wizard.claims.intro")}
      </Text>
      {chosen.length === 0 && (
        <Alert color="gray" variant="light" icon={<InfoIcon />}>
          {t("wizard.claims.noCoverages")}
        </Alert>
      )}
      {chosen.map((coverage) => (
        <FormSection key={coverage} title={t(`wizard.coverageNames.${coverage}`)}>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <CountField
                path={`claims.${coverage}.count`}
                label={t("wizard.claims.count")}
                description=""
                max={1000}
                optional
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <MoneyField
                path={`claims.${coverage}.totalCents`}
                label={t("wizard.claims.total")}
                description=""
                optional
              />
            </Grid.Col>
          </Grid>
        </FormSection>
      ))}
      <YesNoField path="claims.cancelledByInsurer" label={t("wizard.claims.cancelledByInsurer")} />
    </Stack>
  );
}

function WorkAccidentsLegalStep() {
  const { t } = useTranslation();
  const form = useWizardForm();
  const a = form.draft.activity;
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {t("wizard.workAccidents.intro", {
          blue: a.blueCollarCount ?? "—",
          white: a.whiteCollarCount ?? "—",
        })}
      </Text>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <MoneyField
            path="workAccidents.blueCollarPayrollCents"
            label={t("wizard.workAccidents.blueCollarPayroll")}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <MoneyField
            path="workAccidents.whiteCollarPayrollCents"
            label={t("wizard.workAccidents.whiteCollarPayroll")}
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function WorkAccidentsTopUpStep() {
  const { t } = useTranslation();
  return (
    <YesNoField
      path="workAccidents.topUp"
      label={t("wizard.workAccidents.topUp")}
      description={t("wizard.workAccidents.topUpHint")}
    />
  );
}

function GeneralLiabilityStep() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <ChoiceField
        path="generalLiability.limit"
        label={t("wizard.generalLiability.limit")}
        options={(["standard", "high"] as const).map((value) => ({
          value,
          label: t(`wizard.generalLiability.limits.${value}`),
          description: t(`wizard.generalLiability.limitHints.${value}`),
        }))}
      />
      <YesNoField
        path="generalLiability.afterDelivery"
        label={t("wizard.generalLiability.afterDelivery")}
        description={t("wizard.generalLiability.afterDeliveryHint")}
      />
      <YesNoField
        path="generalLiability.entrustedGoods"
        label={t("wizard.generalLiability.entrustedGoods")}
        description={t("wizard.generalLiability.entrustedGoodsHint")}
      />
      <Box maw={{ sm: "50%" }}>
        <MoneyField
          path="generalLiability.deductibleCents"
          label={t("wizard.generalLiability.deductible")}
          description={t("wizard.generalLiability.deductibleHint")}
        />
      </Box>
    </Stack>
  );
}

function PropertyStep() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <ChoiceField
        path="property.occupancy"
        label={t("wizard.property.occupancy")}
        options={(["owner", "tenant"] as const).map((value) => ({
          value,
          label: t(`wizard.property.occupancies.${value}`),
        }))}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <MoneyField
            path="property.buildingCents"
            label={t("wizard.property.building")}
            description={t("wizard.property.buildingHint")}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <MoneyField
            path="property.contentsCents"
            label={t("wizard.property.contents")}
            description={t("wizard.property.contentsHint")}
          />
        </Grid.Col>
      </Grid>
      <ChoiceField
        path="property.construction"
        label={t("wizard.property.construction")}
        options={CONSTRUCTIONS.map((value) => ({
          value,
          label: t(`wizard.property.constructions.${value}`),
          description: t(`wizard.property.constructionHints.${value}`),
        }))}
      />
      <YesNoField path="property.alarm" label={t("wizard.property.alarm")} />
      <YesNoField path="property.sprinklers" label={t("wizard.property.sprinklers")} />
    </Stack>
  );
}

function PropertyOptionsStep() {
  const { t } = useTranslation();
  const form = useWizardForm();
  return (
    <Stack gap="lg">
      <YesNoField
        path="property.theft"
        label={t("wizard.property.theft")}
        description={t("wizard.property.theftHint")}
      />
      <ChoiceField
        path="property.businessInterruption"
        label={t("wizard.property.businessInterruption")}
        options={(["none", "dailyIndemnity", "turnover"] as const).map((value) => ({
          value,
          label: t(`wizard.property.interruptions.${value}`),
          description: t(`wizard.property.interruptionHints.${value}`),
        }))}
      />
      {form.draft.property.businessInterruption === "dailyIndemnity" && (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <MoneyField path="property.dailyIndemnityCents" label={t("wizard.property.dailyIndemnity")} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <CountField path="property.days" label={t("wizard.property.days")} max={730} />
          </Grid.Col>
        </Grid>
      )}
      <Box maw={{ sm: "50%" }}>
        <MoneyField
          path="property.machineBreakdownCents"
          label={t("wizard.property.machineBreakdown")}
          description={t("wizard.property.machineBreakdownHint")}
          optional
        />
      </Box>
    </Stack>
  );
}

function ObjectiveLiabilityStep() {
  const { t } = useTranslation();
  const form = useWizardForm();
  const notice = form.pricing?.result?.compulsoryCoverages.find((c) => c.coverage === "objectiveLiability");
  return (
    <Stack gap="lg">
      <Alert color="blue" variant="light" icon={<InfoIcon />}>
        {t("wizard.objectiveLiability.law")}
      </Alert>
      <ChoiceField
        path="objectiveLiability.premisesType"
        label={t("wizard.objectiveLiability.premisesType")}
        options={PREMISES.map((value) => ({
          value,
          label: t(`wizard.objectiveLiability.premises.${value}`),
        }))}
      />
      <Box maw={{ sm: "50%" }}>
        <CountField
          path="objectiveLiability.publicAreaM2"
          label={t("wizard.objectiveLiability.publicArea")}
          max={1_000_000}
          suffix=" m²"
        />
      </Box>
      {notice && (
        <Alert color="yellow" variant="light" icon={<AlertIcon />}>
          {notice.message[form.language]}
        </Alert>
      )}
    </Stack>
  );
}

function LegalAidStep() {
  const { t } = useTranslation();
  return (
    <ChoiceField
      path="legalAid.formula"
      label={t("wizard.legalAid.formula")}
      options={(["first", "allIn"] as const).map((value) => ({
        value,
        label: t(`wizard.legalAid.formulas.${value}`),
        description: t(`wizard.legalAid.formulaHints.${value}`),
      }))}
    />
  );
}

/** The form of every step but the summary. */
export function StepForm({ step, quoteId }: { step: Exclude<StepId, "summary">; quoteId: string }) {
  switch (step) {
    case "activity":
      return <ActivityStep quoteId={quoteId} />;
    case "coverages":
      return <CoveragesStep />;
    case "claims":
      return <ClaimsStep />;
    case "workAccidentsLegal":
      return <WorkAccidentsLegalStep />;
    case "workAccidentsTopUp":
      return <WorkAccidentsTopUpStep />;
    case "generalLiability":
      return <GeneralLiabilityStep />;
    case "property":
      return <PropertyStep />;
    case "propertyOptions":
      return <PropertyOptionsStep />;
    case "objectiveLiability":
      return <ObjectiveLiabilityStep />;
    case "legalAid":
      return <LegalAidStep />;
  }
}

export const coverageOfStep = (step: StepId): QuoteCoverage | null =>
  step === "workAccidentsLegal" || step === "workAccidentsTopUp"
    ? "workAccidents"
    : step === "generalLiability"
      ? "generalLiability"
      : step === "property" || step === "propertyOptions"
        ? "property"
        : step === "objectiveLiability"
          ? "objectiveLiability"
          : step === "legalAid"
            ? "legalAid"
            : null;
