import { type Language, languages } from "@courtier/contracts/errors";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { setApiLanguageSource } from "./api/client.ts";
import en from "./locales/en.json";
import fr from "./locales/fr.json";
import nl from "./locales/nl.json";

const storageKey = "courtier.language";

export const resources = {
  nl: { translation: nl },
  fr: { translation: fr },
  en: { translation: en },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

function readStoredLanguage(): Language | null {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

function browserLanguage(): Language | null {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = tag.slice(0, 2).toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return null;
}

export function initialLanguage(): Language {
  return readStoredLanguage() ?? browserLanguage() ?? "nl";
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : "nl";
}

/** Switches the whole UI and remembers the choice for the next visit. */
export async function switchLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing may refuse storage; the switch still applies to this visit.
  }
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: initialLanguage(),
    fallbackLng: "nl",
    supportedLngs: [...languages],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on("languageChanged", (language) => {
    document.documentElement.lang = language;
  });
  setApiLanguageSource(currentLanguage);
}

export { i18next as i18n };
