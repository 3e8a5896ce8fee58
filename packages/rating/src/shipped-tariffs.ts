import viviumKmo202106 from "../tariffs/vivium-kmo-2021-06.json" with { type: "json" };
import { type CompiledTariff, loadTariff } from "./load-tariff.ts";

/**
 * The tariff documents shipped with the package. Publishing a new version is data: add its
 * JSON file under tariffs/ and one line here; the engine needs no change.
 */
const SHIPPED: Readonly<Record<string, unknown>> = {
  "vivium-kmo-2021-06": viviumKmo202106,
};

export const shippedTariffIds: readonly string[] = Object.keys(SHIPPED);

const compiled = new Map<string, CompiledTariff>();

/** A shipped tariff, validated and compiled on first use; undefined for an unknown id. */
export function getShippedTariff(id: string): CompiledTariff | undefined {
  const cached = compiled.get(id);
  if (cached) return cached;
  if (!Object.hasOwn(SHIPPED, id)) return undefined;
  const tariff = loadTariff(SHIPPED[id]);
  compiled.set(id, tariff);
  return tariff;
}

/**
 * The tariff of an insurer's product in force on a date: the one with the latest validFrom
 * not after the date, so a newer version takes over from its start date.
 */
export function findTariffInForce(
  tariffs: readonly CompiledTariff[],
  effectiveDate: string,
): CompiledTariff | undefined {
  let best: CompiledTariff | undefined;
  for (const tariff of tariffs) {
    if (tariff.validFrom > effectiveDate) continue;
    if (tariff.validTo !== null && tariff.validTo < effectiveDate) continue;
    if (!best || tariff.validFrom > best.validFrom) best = tariff;
  }
  return best;
}
