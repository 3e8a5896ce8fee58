import { type Language, languages } from "@courtier/contracts/errors";
import { Menu, SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { currentLanguage, switchLanguage } from "#src/i18n.ts";
import { CheckIcon } from "./icons.tsx";

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

/**
 * The languages in a user menu (insurer staff, platform support): the screen switches at once and
 * `save` keeps the choice on the server for mails and the next sign-in. A failed save changes
 * nothing on screen; the next choice tries again.
 */
export function LanguageMenuItems({ save }: { save: (language: Language) => Promise<unknown> }) {
  const { t } = useTranslation();
  return (
    <>
      <Menu.Label>{t("common.language")}</Menu.Label>
      {languages.map((language) => {
        const current = currentLanguage() === language;
        return (
          <Menu.Item
            key={language}
            lang={language}
            onClick={() => {
              void switchLanguage(language);
              save(language).catch(() => {});
            }}
            rightSection={current ? <CheckIcon size={14} /> : null}
            aria-current={current ? "true" : undefined}
          >
            {t(`common.languages.${language}`)}
          </Menu.Item>
        );
      })}
    </>
  );
}
