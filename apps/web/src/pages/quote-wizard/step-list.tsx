import { type StepId, wizardSections } from "@courtier/contracts/quotes";
import { Box, Text, UnstyledButton } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CheckIcon, ChevronDownIcon } from "#src/components/icons.tsx";
import classes from "./quote-wizard.module.css";
import { stepNumber } from "./steps.ts";

/**
 * The steps as the manual lists them ("1. CONTEXT", "1.1. Activiteit" …), only those of the chosen
 * coverages, with fixed numbers. Done steps carry a check; a step can be opened once it is reached.
 */
export function StepList({
  visible,
  current,
  complete,
  reachable,
  onOpen,
}: {
  visible: readonly StepId[];
  current: StepId;
  complete: (step: StepId) => boolean;
  reachable: (step: StepId) => boolean;
  onOpen: (step: StepId) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const sections = wizardSections.filter((section) => section.steps.some((step) => visible.includes(step)));
  const position = visible.indexOf(current) + 1;

  const stepButton = (step: StepId, title: string, heading: boolean) => {
    const isCurrent = step === current;
    const done = complete(step);
    const enabled = reachable(step);
    return (
      <UnstyledButton
        className={classes.step}
        data-current={isCurrent || undefined}
        data-done={done || undefined}
        data-heading={heading || undefined}
        aria-current={isCurrent ? "step" : undefined}
        aria-disabled={!enabled || undefined}
        disabled={!enabled}
        onClick={() => {
          setOpen(false);
          onOpen(step);
        }}
      >
        <span className={classes.stepMark} aria-hidden="true">
          {done ? <CheckIcon size={12} /> : null}
        </span>
        <span className={classes.stepTitle}>{title}</span>
        {done && <span className={classes.srOnly}>{t("wizard.stepDone")}</span>}
      </UnstyledButton>
    );
  };

  return (
    <Box component="nav" aria-label={t("wizard.stepsLabel")} className={classes.stepNav}>
      <UnstyledButton
        className={classes.stepToggle}
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls="quote-steps"
      >
        <span>
          <Text span size="xs" c="dimmed" display="block">
            {t("wizard.stepOf", { position, total: visible.length })}
          </Text>
          <Text span fw={600} size="sm">
            {stepNumber(current)} {t(`wizard.steps.${current}`)}
          </Text>
        </span>
        <ChevronDownIcon size={16} style={{ transform: open ? "rotate(180deg)" : undefined }} />
      </UnstyledButton>
      <ol className={classes.sections} id="quote-steps" data-open={open || undefined}>
        {sections.map((section) => {
          const single = section.coverage === null && section.steps.length === 1;
          const sectionTitle = `${section.number}. ${t(`wizard.sections.${section.id}`)}`;
          return (
            <li key={section.id} className={classes.section}>
              {single ? (
                stepButton(section.steps[0]!, sectionTitle, true)
              ) : (
                <>
                  <Text className={classes.sectionTitle}>{sectionTitle}</Text>
                  <ol className={classes.steps}>
                    {section.steps.map((step) => (
                      <li key={step}>
                        {stepButton(step, `${stepNumber(step)} ${t(`wizard.steps.${step}`)}`, false)}
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </Box>
  );
}
