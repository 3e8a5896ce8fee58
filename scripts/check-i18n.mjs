// Fails when a text exists in one language of the web app but not in another.
import { readFileSync } from "node:fs";

const dir = new URL("../apps/web/src/locales/", import.meta.url);
const keys = (obj, prefix = "") =>
  Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
const load = (lang) => new Set(keys(JSON.parse(readFileSync(new URL(`${lang}.json`, dir), "utf8"))));

const all = Object.fromEntries(["nl", "fr", "en"].map((lang) => [lang, load(lang)]));
let missing = 0;
for (const [lang, set] of Object.entries(all)) {
  for (const [other, otherSet] of Object.entries(all)) {
    for (const key of otherSet) {
      if (!set.has(key)) {
        console.error(`${lang}.json lacks ${key} (present in ${other}.json)`);
        missing++;
      }
    }
  }
}
if (missing > 0) process.exit(1);
console.log(`i18n: ${all.nl.size} keys in nl, fr and en`);
