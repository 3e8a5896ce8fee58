import type { Acceptance, Language } from "./coverage.ts";
import type { CompiledActivity, CompiledTariff } from "./load-tariff.ts";

export interface ActivityOption {
  code: string;
  name: string;
  riskClass: string;
  acceptance: Acceptance;
}

function toOption(activity: CompiledActivity, language: Language): ActivityOption {
  return {
    code: activity.code,
    name: activity.name[language],
    riskClass: activity.riskClass,
    acceptance: activity.acceptance,
  };
}

/** Folds case and accents so "cafe" finds "Café" and "boucherie" finds "Boucherie". */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

export function findActivity(tariff: CompiledTariff, code: string): CompiledActivity | undefined {
  return tariff.activitiesByCode.get(code);
}

/** Every activity of a tariff with its name in one language, sorted by that name. */
export function listActivities(tariff: CompiledTariff, language: Language): ActivityOption[] {
  return tariff.activities
    .map((activity) => toOption(activity, language))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}

/**
 * The activities whose name (in the given language) or NACE-BEL code matches a query, best
 * first: code prefix, then name prefix, then a word of the name, then anywhere in the name.
 */
export function searchActivities(
  tariff: CompiledTariff,
  query: string,
  language: Language,
  limit = 20,
): ActivityOption[] {
  const needle = fold(query.trim());
  if (needle === "") return listActivities(tariff, language).slice(0, limit);
  const ranked: { rank: number; option: ActivityOption }[] = [];
  for (const activity of tariff.activities) {
    const name = fold(activity.name[language]);
    let rank: number;
    if (activity.code.startsWith(needle) || activity.code.replace(".", "").startsWith(needle)) rank = 0;
    else if (name.startsWith(needle)) rank = 1;
    else if (name.split(/[\s'-]+/).some((word) => word.startsWith(needle))) rank = 2;
    else if (name.includes(needle)) rank = 3;
    else continue;
    ranked.push({ rank, option: toOption(activity, language) });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.option.name.localeCompare(b.option.name, language))
    .slice(0, limit)
    .map((entry) => entry.option);
}
