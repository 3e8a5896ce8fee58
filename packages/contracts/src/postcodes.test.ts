import { describe, expect, it } from "vitest";
import data from "../data/belgian-postcodes.json" with { type: "json" };
import { cityMatchesPostcode, isKnownPostcode, localitiesOf, municipalityNamesOf } from "./postcodes.ts";

const localities: Record<string, string[]> = data.localities;
const municipalities: Record<string, string[]> = data.municipalities;

/** Case, accents and punctuation removed: two names equal here are the same name written twice. */
const sameName = (name: string) =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

describe("the postcode table", () => {
  const postcodes = Object.keys(localities);

  it("covers the Belgian postcodes", () => {
    expect(postcodes.length).toBeGreaterThanOrEqual(1100);
    expect(postcodes.length).toBeLessThanOrEqual(1250);
    const names = Object.values(localities).reduce((sum, list) => sum + list.length, 0);
    expect(names).toBeGreaterThanOrEqual(2700);
    expect(names).toBeLessThanOrEqual(3200);
  });

  it("has 4-digit keys from 1000 to 9992, sorted", () => {
    for (const postcode of postcodes) {
      expect(postcode).toMatch(/^[0-9]{4}$/);
      expect(Number(postcode)).toBeGreaterThanOrEqual(1000);
      expect(Number(postcode)).toBeLessThanOrEqual(9992);
    }
    expect(postcodes).toEqual([...postcodes].sort());
    expect(postcodes[0]).toBe("1000");
    expect(postcodes.at(-1)).toBe("9992");
  });

  it("gives every postcode its localities and its municipality", () => {
    expect(Object.keys(municipalities)).toEqual(postcodes);
    for (const postcode of postcodes) {
      expect(localities[postcode]!.length, postcode).toBeGreaterThan(0);
      expect(municipalities[postcode]!.length, postcode).toBeGreaterThan(0);
    }
  });

  it("has no name twice in a list, nor a blank or untrimmed one", () => {
    for (const table of [localities, municipalities]) {
      for (const [postcode, names] of Object.entries(table)) {
        expect(new Set(names.map(sameName)).size, `${postcode}: ${names.join(", ")}`).toBe(names.length);
        for (const name of names) expect(name, postcode).toMatch(/^\S(.*\S)?$/);
      }
    }
  });
});

describe("localitiesOf", () => {
  it.each([
    ["1000", ["Brussel", "Bruxelles"]],
    ["1020", ["Laken", "Laeken"]],
    ["1210", ["Sint-Joost-ten-Node", "Saint-Josse-ten-Noode"]],
    ["4700", ["Eupen"]],
    ["9000", ["Gent"]],
    ["9308", ["Gijzegem", "Hofstade"]],
    ["3798", ["'s-Gravenvoeren", "Fouron-le-Comte"]],
  ])("lists the places of %s", (postcode, expected) => {
    expect(localitiesOf(postcode)).toEqual(expected);
  });

  it("lists every section of a postcode, in both languages where it has two", () => {
    expect(localitiesOf("7500")).toEqual(expect.arrayContaining(["Tournai", "Doornik", "Ere", "Saint-Maur"]));
    expect(localitiesOf("4000")).toEqual(expect.arrayContaining(["Liège", "Luik", "Glain", "Rocourt"]));
    expect(localitiesOf("3630")).toHaveLength(7);
    expect(localitiesOf("1300")).toEqual(["Limal", "Wavre", "Waver"]);
  });

  it("takes the postcode with surrounding spaces", () => {
    expect(localitiesOf(" 9000 ")).toEqual(["Gent"]);
  });

  it.each(["1001", "0999", "1005", "9999", "10000", "100", "abcd", ""])("has nothing for %j", (postcode) => {
    expect(localitiesOf(postcode)).toEqual([]);
    expect(municipalityNamesOf(postcode)).toEqual([]);
  });
});

describe("isKnownPostcode", () => {
  it.each(["1000", "1020", "4700", "6600", "8300", "9992", " 1300 "])("knows %j", (postcode) => {
    expect(isKnownPostcode(postcode)).toBe(true);
  });

  it.each(["1001", "0999", "0000", "1005", "1099", "9999", "10000", "1 000", "abcd", ""])(
    "does not know %j",
    (postcode) => {
      expect(isKnownPostcode(postcode)).toBe(false);
    },
  );
});

describe("municipalityNamesOf", () => {
  it.each([
    ["1301", ["Wavre", "Waver"]],
    ["2100", ["Antwerpen", "Anvers"]],
    ["3001", ["Leuven", "Louvain"]],
    ["9308", ["Aalst", "Alost"]],
    ["4780", ["Sankt Vith", "Saint-Vith"]],
  ])("names the municipality of %s", (postcode, expected) => {
    expect(municipalityNamesOf(postcode)).toEqual(expected);
  });

  it("knows the municipalities formed by the 2019 and 2025 mergers", () => {
    expect(municipalityNamesOf("9910")).toContain("Aalter");
    expect(municipalityNamesOf("3670")).toContain("Oudsbergen");
    expect(municipalityNamesOf("1570")).toContain("Pajottegem");
    expect(municipalityNamesOf("2070")).toContain("Beveren-Kruibeke-Zwijndrecht");
  });
});

describe("cityMatchesPostcode", () => {
  it.each([
    ["1000", "Brussel"],
    ["1000", "Bruxelles"],
    ["1020", "Laken"],
    ["1020", "Laeken"],
    ["1020", "Brussel"],
    ["1180", "Ukkel"],
    ["1180", "Uccle"],
    ["1210", "Sint-Joost-ten-Node"],
    ["1210", "Saint-Josse-ten-Noode"],
    ["2000", "Antwerpen"],
    ["2000", "Anvers"],
    ["2100", "Deurne"],
    ["2100", "Antwerpen"],
    ["2800", "Mechelen"],
    ["2800", "Malines"],
    ["3000", "Leuven"],
    ["3000", "Louvain"],
    ["4000", "Liège"],
    ["4000", "Luik"],
    ["5000", "Namur"],
    ["5000", "Namen"],
    ["6700", "Arlon"],
    ["6700", "Aarlen"],
    ["7000", "Mons"],
    ["7000", "Bergen"],
    ["7500", "Tournai"],
    ["7500", "Doornik"],
    ["1400", "Nivelles"],
    ["1400", "Nijvel"],
    ["8500", "Kortrijk"],
    ["8500", "Courtrai"],
    ["8900", "Ieper"],
    ["8900", "Ypres"],
    ["9000", "Gent"],
    ["9000", "Gand"],
    ["8000", "Brugge"],
    ["8000", "Bruges"],
    ["1640", "Sint-Genesius-Rode"],
    ["1640", "Rhode-Saint-Genèse"],
    ["3790", "Voeren"],
    ["3790", "Fourons"],
    ["9600", "Ronse"],
    ["9600", "Renaix"],
    ["7780", "Komen-Waasten"],
    ["4720", "Kelmis"],
    ["4720", "La Calamine"],
    ["4780", "Sankt Vith"],
    ["4780", "Saint-Vith"],
    ["4700", "Eupen"],
    ["9308", "Gijzegem"],
    ["9308", "Hofstade"],
    ["9308", "Aalst"],
    ["9308", "Alost"],
    ["1301", "Bierges"],
    ["1301", "Wavre"],
    ["9910", "Knesselare"],
    ["9910", "Aalter"],
  ])("accepts %s %s", (postcode, city) => {
    expect(cityMatchesPostcode(postcode, city)).toBe(true);
  });

  it.each([
    ["1210", "sint joost ten node"],
    ["1210", "SINT-JOOST-TEN-NODE"],
    ["1210", "  Sint-Joost-ten-Node  "],
    ["1210", "St-Joost-ten-Node"],
    ["4000", "Liege"],
    ["4000", "LIEGE"],
    ["1420", "Braine l Alleud"],
    ["1420", "braine-l'alleud"],
    ["1420", "Braine-l’Alleud"],
    ["2970", "s Gravenwezel"],
    ["2970", "'s-Gravenwezel"],
    ["3010", "Kessel Lo"],
    ["3010", "Kessel-Lo"],
    ["9100", "St.-Niklaas"],
    ["4780", "St. Vith"],
    ["1082", "Berchem-Ste-Agathe"],
    ["5580", "Lavaux-Sainte-Anne"],
    ["1080", "molenbeek saint jean"],
  ])("accepts %s %j whatever the case, accents, hyphens, spaces and apostrophes", (postcode, city) => {
    expect(cityMatchesPostcode(postcode, city)).toBe(true);
  });

  it.each([
    ["1000", "Gent"],
    ["1000", "Antwerpen"],
    ["9000", "Brussel"],
    ["9000", "Bruxelles"],
    ["4000", "Namur"],
    ["7500", "Mons"],
    ["7000", "Doornik"],
    ["2000", "Gand"],
    ["1300", "Bierges"],
    ["1301", "Limal"],
    ["3001", "Kessel-Lo"],
    ["3000", "Heverlee"],
    ["1020", "Schaerbeek"],
    ["4700", "Kelmis"],
    ["1000", ""],
    ["1000", "   "],
    ["1000", "-"],
  ])("refuses %s %j", (postcode, city) => {
    expect(cityMatchesPostcode(postcode, city)).toBe(false);
  });

  it.each([
    ["1001", "Brussel"],
    ["0999", "Brussel"],
    ["1005", "Bruxelles"],
    ["9999", "Gent"],
    ["", "Gent"],
  ])("refuses anything with the unknown postcode %j", (postcode, city) => {
    expect(cityMatchesPostcode(postcode, city)).toBe(false);
  });

  it("accepts every locality and municipality listed for a postcode, and no other postcode's only locality", () => {
    for (const [postcode, names] of Object.entries(localities)) {
      for (const name of [...names, ...municipalities[postcode]!]) {
        expect(cityMatchesPostcode(postcode, name), `${postcode} ${name}`).toBe(true);
      }
    }
    expect(cityMatchesPostcode("8300", "Gent")).toBe(false);
    expect(cityMatchesPostcode("9000", "Knokke")).toBe(false);
  });
});
