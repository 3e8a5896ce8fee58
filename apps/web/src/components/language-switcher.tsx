import { type Language, languages } from "@courtier/contracts/errors";
import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { currentLanguage, switchLanguage } from "#src/i18n.ts";

/** NL / FR / EN on the public pages; signed-in users choose their language in their profile. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t("common.language")}
      value={currentLanguage()}
      onChange={(value) => void switchLanguage(value as Language)}
      data={languages.map((language) => ({
        value: language,
        label: (
          <span lang={language} title={t(`common.languages.${language}`)}>
            {language.toUpperCase()}
          </span>
        ),
      }))}
    />
  );
}
