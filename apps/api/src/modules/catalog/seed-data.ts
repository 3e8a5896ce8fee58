/** What the first start puts in an empty platform, so that the portal is not empty. */

export const viviumLogoSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 48" role="img" aria-label="VIVIUM">
<rect width="200" height="48" rx="6" fill="#ffffff"/>
<path d="M14 10 L26 38 L38 10" fill="none" stroke="#e2001a" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"/>
<text x="50" y="34" font-family="Arial, Helvetica, sans-serif" font-size="26" font-weight="700" fill="#003b71" letter-spacing="2">VIVIUM</text>
</svg>`;

export const viviumInsurer = {
  slug: "vivium",
  name: "VIVIUM",
  logoSvg: viviumLogoSvg,
  primaryColor: "#003b71",
  accentColor: "#e2001a",
  referencePrefix: "PV",
};

export const kmoToolProduct = {
  code: "TPE-KMO",
  name: "KMO Tool",
  versionLabel: "KMO Tool – VIVIUM versie 06.2021",
  producerNumberPattern: "^[0-9]{4,5}$",
  producerNumberHint: { nl: "4 of 5 cijfers", fr: "4 ou 5 chiffres", en: "4 or 5 digits" },
  description: {
    nl: "Tarificatie van het KMO-pakket van VIVIUM: arbeidsongevallen, BA uitbating, brand, objectieve aansprakelijkheid en rechtsbijstand voor kleine en middelgrote ondernemingen.",
    fr: "Tarification du pack TPE/PME de VIVIUM : accidents du travail, RC exploitation, incendie, responsabilité objective et protection juridique pour les petites et moyennes entreprises.",
    en: "Quoting of VIVIUM's SME package: work accidents, general liability, fire, objective liability and legal aid for small and medium-sized businesses.",
  },
};
