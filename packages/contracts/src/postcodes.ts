/**
 * Belgian postcodes and the places they serve, for checking that an address's postcode and city
 * agree ("1000 Brussel" yes, "1000 Gent" no) and for suggesting the city once a postcode is typed.
 * Pure functions over the shipped table (data/belgian-postcodes.json): no I/O.
 *
 * The table has two maps keyed by the 4-digit postcode:
 * - `localities`: the places bpost lists for the postcode (deelgemeenten/sections included), with
 *   the other official language's name next to it where the place has one ("Brussel", "Bruxelles");
 * - `municipalities`: the municipality the postcode belongs to, in each language it has a name in,
 *   plus its name after the 2019 and 2025 mergers ("Knesselare" → "Aalter").
 */
import data from "../data/belgian-postcodes.json" with { type: "json" };

type PostcodeTable = Readonly<Record<string, readonly string[]>>;

const LOCALITIES: PostcodeTable = data.localities;
const MUNICIPALITIES: PostcodeTable = data.municipalities;
for (const names of [...Object.values(LOCALITIES), ...Object.values(MUNICIPALITIES)]) Object.freeze(names);

const NONE: readonly string[] = Object.freeze([]);

/** The table's key for a postcode as typed ("1000", " 1000 "), or undefined when it is not a known postcode. */
function knownPostcode(postcode: string): string | undefined {
  const value = postcode.trim();
  return /^[0-9]{4}$/.test(value) && Object.hasOwn(LOCALITIES, value) ? value : undefined;
}

/**
 * How a place name compares: case, accents, hyphens, spaces, apostrophes and dots do not count,
 * and Sint/Saint/Sankt/St (Sainte/Ste) are one word, so "sint joost ten node", "St-Joost-ten-Node"
 * and "Sint-Joost-ten-Node" are the same name, and so are "Liege" and "Liège".
 */
function placeKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "")
    .map((word) => {
      if (word === "sint" || word === "saint" || word === "sankt" || word === "st") return "st";
      if (word === "sainte" || word === "ste") return "ste";
      return word;
    })
    .join("");
}

let accepted: Map<string, ReadonlySet<string>> | undefined;

/** Per postcode, the keys of every name a city may be written as: its localities and its municipality. */
function acceptedNames(): Map<string, ReadonlySet<string>> {
  if (!accepted) {
    accepted = new Map();
    for (const [postcode, localities] of Object.entries(LOCALITIES)) {
      const names = [...localities, ...(MUNICIPALITIES[postcode] ?? NONE)];
      accepted.set(postcode, new Set(names.map(placeKey)));
    }
  }
  return accepted;
}

/** The places bpost lists for a postcode, in both languages where they have two; empty when unknown. */
export function localitiesOf(postcode: string): readonly string[] {
  const key = knownPostcode(postcode);
  return key ? LOCALITIES[key]! : NONE;
}

/** The names of the municipality a postcode belongs to ("1301" → Wavre, Waver); empty when unknown. */
export function municipalityNamesOf(postcode: string): readonly string[] {
  const key = knownPostcode(postcode);
  return key ? (MUNICIPALITIES[key] ?? NONE) : NONE;
}

/** Whether bpost delivers to this postcode (1000–9992; organisation-only codes such as 1005 are not). */
export function isKnownPostcode(postcode: string): boolean {
  return knownPostcode(postcode) !== undefined;
}

/**
 * Whether `city` names a place served by `postcode`: one of its localities or its municipality, in
 * either language, compared without regard to case, accents, hyphens, spaces or apostrophes.
 * False for an unknown postcode or an empty city.
 */
export function cityMatchesPostcode(postcode: string, city: string): boolean {
  const key = knownPostcode(postcode);
  if (!key) return false;
  const wanted = placeKey(city);
  if (wanted === "") return false;
  return acceptedNames().get(key)?.has(wanted) ?? false;
}
