import { ACTIVITY_ACTIONS } from "@courtier/contracts/responses";
import { describe, expect, it } from "vitest";
import en from "./en.json";
import fr from "./fr.json";
import nl from "./nl.json";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}|<(\w+)>/g)].map((m) => m[1] ?? m[2] ?? "").sort();
}

function valueAt(tree: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], tree);
}

describe("locale files", () => {
  const reference = keysOf(nl).sort();

  it.each([
    ["fr", fr],
    ["en", en],
  ])("%s has exactly the keys of nl", (_name, locale) => {
    expect(keysOf(locale).sort()).toEqual(reference);
  });

  it.each([
    ["fr", fr],
    ["en", en],
  ])("%s keeps the interpolations and link tags of nl", (_name, locale) => {
    for (const key of reference) {
      const expected = valueAt(nl, key);
      const actual = valueAt(locale, key);
      expect(typeof actual, key).toBe("string");
      expect(placeholdersOf(String(actual)), key).toEqual(placeholdersOf(String(expected)));
    }
  });

  it("names every event of an office's activity", () => {
    for (const action of ACTIVITY_ACTIONS)
      expect(valueAt(nl, `activity.actions.${action.replaceAll(".", "_")}`), action).toEqual(
        expect.any(String),
      );
  });

  it("has no empty texts", () => {
    for (const [name, locale] of [
      ["nl", nl],
      ["fr", fr],
      ["en", en],
    ] as const) {
      for (const key of keysOf(locale))
        expect(String(valueAt(locale, key)).trim(), `${name}:${key}`).not.toBe("");
    }
  });
});
