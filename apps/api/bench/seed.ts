/**
 * Builds the benchmark database: 1,000 offices, 5,000 users and 1,000,000 quotes on PostgreSQL, in
 * set-based SQL (INSERT … SELECT generate_series) run by the migrating superuser.
 *
 *   node --import tsx apps/api/bench/seed.ts          (drops and rebuilds courtier_bench)
 *
 * BENCH_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres) is the server to use and
 * BENCH_DB (default courtier_bench) the database it creates. The same generator fills the smaller
 * PGlite database of the embedded-database measurement (quotes.bench.ts).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cityMatchesPostcode } from "@courtier/contracts/postcodes";
import { quoteDraftSchema } from "@courtier/contracts/quotes";
import { type Database, openDatabase } from "@courtier/db/client";
import { getShippedTariff } from "@courtier/rating";
import pg from "pg";
import { hashPassword } from "#src/modules/auth/password.ts";
import { seedCatalog } from "#src/modules/catalog/catalog.repository.ts";
import { priceDraft } from "#src/modules/quotes/pricing.ts";
import { quoteReference } from "#src/modules/quotes/quotes.ts";
import { fold, searchDocument } from "#src/modules/quotes/search-text.ts";
import { completeDraft } from "../test/harness.ts";

export const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const BENCH_DB = process.env.BENCH_DB ?? "courtier_bench";
/** The password of every user of the first `passwordOffices` offices (admins and intermediaries). */
export const BENCH_PASSWORD = "Bench-Paswoord-2026";
export const TARIFF_VERSION = "vivium-kmo-2021-06";

export type Scale = {
  offices: number;
  /** One admin and the rest intermediaries. */
  usersPerOffice: number;
  quotesPerOffice: number;
  /** Offices whose users get BENCH_PASSWORD, so the bench can sign them in. */
  passwordOffices: number;
};
export const FULL_SCALE: Scale = {
  offices: 1000,
  usersPerOffice: 5,
  quotesPerOffice: 1000,
  passwordOffices: 120,
};

export const totalQuotes = (scale: Scale) => scale.offices * scale.quotesPerOffice;
/** What the database comment says once a seed has finished; the bench reseeds when it differs. */
export const seedMark = (scale: Scale) =>
  `courtier bench seed v1: offices=${scale.offices} users=${scale.offices * scale.usersPerOffice} quotes=${totalQuotes(scale)} migrations=${migrationCount()}`;

export function benchUrl(): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${BENCH_DB}`;
  return url.toString();
}

export function migrationCount(): number {
  const journal = fileURLToPath(
    new URL("../../../packages/db/migrations/meta/_journal.json", import.meta.url),
  );
  return (JSON.parse(readFileSync(journal, "utf8")) as { entries: unknown[] }).entries.length;
}

// ── Word lists: Belgian-looking names, shown as typed and folded as the app folds them. ──

const COMPANY_KINDS = [
  "Boulangerie",
  "Brasserie",
  "Bakkerij",
  "Slagerij",
  "Boucherie",
  "Frituur",
  "Garage",
  "Café",
  "Taverne",
  "Pharmacie",
  "Apotheek",
  "Drukkerij",
  "Imprimerie",
  "Bloemenzaak",
  "Fleuriste",
  "Schrijnwerkerij",
  "Menuiserie",
  "Kapsalon",
  "Coiffure",
  "Restaurant",
  "Bistro",
  "Épicerie",
  "Kruidenier",
  "Librairie",
  "Boekhandel",
  "Atelier",
  "Chocolaterie",
  "Pâtisserie",
  "Brouwerij",
  "Hôtel",
  "Traiteur",
  "Wasserette",
];
const FAMILY_NAMES = [
  "Dupont",
  "Janssens",
  "Peeters",
  "Maes",
  "Jacobs",
  "Mertens",
  "Willems",
  "Claes",
  "Goossens",
  "Wouters",
  "De Smet",
  "Dubois",
  "Lambert",
  "Martin",
  "Leclercq",
  "Vermeulen",
  "Lefèvre",
  "Van den Broeck",
  "Hermans",
  "Michiels",
  "Renard",
  "Simon",
  "Laurent",
  "Dumont",
  "Fontaine",
  "Pauwels",
  "Verstraeten",
  "Cools",
  "Stevens",
  "Lemaire",
  "Gérard",
  "Dewilde",
  "Baert",
  "Noël",
  "Thiry",
  "Segers",
  "Aerts",
  "Hendrickx",
  "Desmet",
  "Collignon",
  "Vandenberghe",
  "D'Hondt",
  "Verhoeven",
  "Mathieu",
  "Piérard",
  "Van Damme",
];
const FIRST_NAMES = [
  "Anne",
  "Pieter",
  "Sofie",
  "Marc",
  "Lotte",
  "Jean",
  "Marie",
  "Luc",
  "Els",
  "Thomas",
  "Nathalie",
  "Koen",
  "Isabelle",
  "Bart",
  "Julie",
  "Wim",
  "Sarah",
  "Philippe",
  "Inge",
  "Nicolas",
  "Hélène",
  "Dirk",
  "Céline",
  "Jan",
  "Amélie",
  "Tom",
  "Chloé",
  "Geert",
  "Émilie",
  "Kris",
  "François",
  "Annelies",
  "Jérôme",
  "Hanne",
];
const STREETS = [
  "Chaussée de Wavre",
  "Chaussée d'Ixelles",
  "Chaussée de Louvain",
  "Chaussée de Charleroi",
  "Rue Haute",
  "Rue Neuve",
  "Rue du Midi",
  "Rue de la Station",
  "Rue de l'Église",
  "Avenue Louise",
  "Boulevard Anspach",
  "Place Flagey",
  "Kerkstraat",
  "Stationsstraat",
  "Dorpsstraat",
  "Molenstraat",
  "Gentsesteenweg",
  "Brusselsesteenweg",
  "Antwerpsesteenweg",
  "Kortrijksesteenweg",
  "Leuvensesteenweg",
  "Veldstraat",
  "Nieuwstraat",
  "Grote Markt",
  "Koningin Astridlaan",
  "Meir",
  "Steenweg op Gent",
  "Steenweg op Brussel",
  "Rue de Namur",
  "Rue Saint-Gilles",
];
/** Postcode and city pairs that the app's postcode table accepts (checked below). */
const PLACES: [string, string][] = [
  ["1000", "Bruxelles"],
  ["1050", "Ixelles"],
  ["1060", "Saint-Gilles"],
  ["1080", "Molenbeek-Saint-Jean"],
  ["1180", "Uccle"],
  ["1200", "Woluwe-Saint-Lambert"],
  ["2000", "Antwerpen"],
  ["2018", "Antwerpen"],
  ["2800", "Mechelen"],
  ["3000", "Leuven"],
  ["3500", "Hasselt"],
  ["4000", "Liège"],
  ["5000", "Namur"],
  ["6000", "Charleroi"],
  ["7000", "Mons"],
  ["8000", "Brugge"],
  ["8500", "Kortrijk"],
  ["9000", "Gent"],
  ["9050", "Gentbrugge"],
  ["9100", "Sint-Niklaas"],
  ["9300", "Aalst"],
  ["1300", "Wavre"],
  ["1400", "Nivelles"],
  ["7500", "Tournai"],
  ["6700", "Arlon"],
  ["4800", "Verviers"],
  ["2300", "Turnhout"],
  ["3600", "Genk"],
  ["8400", "Oostende"],
  ["9200", "Dendermonde"],
  ["1030", "Schaerbeek"],
  ["1070", "Anderlecht"],
];
const OFFICE_KINDS = [
  "Verzekeringen",
  "Assurances",
  "Verzekeringskantoor",
  "Bureau d'assurances",
  "Courtage",
  "Kantoor",
];
const GROUP_NAMES = [
  "Gent",
  "Antwerpen",
  "Brussel",
  "Leuven",
  "Brugge",
  "Liège",
  "Namur",
  "Hasselt",
  "Mechelen",
  "Kortrijk",
];
const LEGAL_FORMS = ["bv", "nv", "cv", "vof", "commv", "sole"];

for (const [postcode, city] of PLACES) {
  if (!cityMatchesPostcode(postcode, city))
    throw new Error(`${postcode} ${city} is not a Belgian place the app accepts`);
}

/** The first word of a company name as a reference shows it (see quoteReference). */
const referenceWord = (name: string) =>
  (
    (name
      .normalize("NFD")
      .replace(/\p{Diacritic}/gu, "")
      .match(/[A-Za-z0-9]+/) ?? [""])[0] ?? ""
  ).slice(0, 15);

const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
const textArray = (values: readonly string[]) => `array[${values.map(literal).join(",")}]::text[]`;
/** A deterministic non-negative pseudo-random integer of an integer expression. */
const h = (expr: string, salt: number) => `(hashint4((${expr}) * 31 + ${salt}) & 2147483647)`;
const pick = (array: string, index: string) => `(${array})[1 + (${index}) % cardinality(${array})]`;

export type Exec = (text: string) => Promise<{ rows: Record<string, unknown>[] }>;
export type Log = (line: string) => void;

async function phase<T>(log: Log, name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  log(`seed_phase=${name} elapsed_s=${((performance.now() - start) / 1000).toFixed(1)}`);
  return result;
}

/**
 * Offices, groups, users, memberships, integrations and quotes for `scale`, as the superuser
 * (row-level security does not apply to it). Expects migrated tables and the seeded catalog.
 */
export async function generateData(execs: Exec[], scale: Scale, log: Log): Promise<void> {
  const exec = execs[0]!;
  const tariff = getShippedTariff(TARIFF_VERSION);
  if (!tariff) throw new Error(`tariff ${TARIFF_VERSION} missing`);
  const activities = tariff.activities.filter((a) => a.acceptance === "accepted");
  const template = quoteDraftSchema.parse(completeDraft());
  const frozenPricing = priceDraft(template, tariff, "2025-06-02");
  const N = scale.offices;
  const Q = totalQuotes(scale);

  const kinds = textArray(COMPANY_KINDS);
  const kindsFolded = textArray(COMPANY_KINDS.map(fold));
  const kindWords = textArray(COMPANY_KINDS.map(referenceWord));
  const families = textArray(FAMILY_NAMES);
  const familiesFolded = textArray(FAMILY_NAMES.map(fold));
  const firsts = textArray(FIRST_NAMES);
  const firstsFolded = textArray(FIRST_NAMES.map(fold));
  const streets = textArray(STREETS);
  const streetsFolded = textArray(STREETS.map(fold));
  const postcodes = textArray(PLACES.map((p) => p[0]));
  const cities = textArray(PLACES.map((p) => p[1]));
  const citiesFolded = textArray(PLACES.map((p) => fold(p[1])));
  const activityCodes = textArray(activities.map((a) => a.code));
  const activityFolded = textArray(
    activities.map((a) => [a.code, a.name.nl, a.name.fr, a.name.en].map(fold).join(" ")),
  );

  await phase(log, "offices", async () => {
    await exec(`drop table if exists bs_office, bs_group, bs_user, bs_member, bs_creator`);
    await exec(`
      create unlogged table bs_office as
      select o, gen_random_uuid() as id,
             1 + ${h("o", 1)} % 4 as extra,
             now() - make_interval(days => 400 + ${h("o", 2)} % 400) as created_at,
             4000000 + o * 4099 as kbo
      from generate_series(1, ${N}) o`);
    await exec(`
      insert into account (id, commercial_name, enterprise_number, street, number, postcode, city, website, phone, created_at)
      select id,
             ${pick(textArray(OFFICE_KINDS), h("o", 3))} || ' ' || ${pick(families, h("o", 4))},
             'BE' || lpad(kbo::text, 8, '0') || lpad((97 - kbo % 97)::text, 2, '0'),
             ${pick(streets, h("o", 5))}, (1 + ${h("o", 6)} % 180)::text,
             ${pick(postcodes, h("o", 7))}, ${pick(cities, h("o", 7))},
             'https://kantoor' || o || '.be', '0' || (470000000 + ${h("o", 8)} % 29999999)::text, created_at
      from bs_office`);
    await exec(`
      create unlogged table bs_group as
      select b.o, gi, case when gi = 0 then 'Default' else ${pick(textArray(GROUP_NAMES), "b.o + gi")} end as name,
             gen_random_uuid() as id
      from bs_office b, generate_series(0, b.extra) gi`);
    await exec(`
      insert into account_group (account_id, id, name, is_default, email, created_at)
      select b.id, g.id, g.name, g.gi = 0, 'kantoor' || b.o || '@example.be', b.created_at
      from bs_group g join bs_office b using (o)`);
  });

  await phase(log, "users", async () => {
    await exec(`
      create unlogged table bs_user as
      select b.o, k, replace(gen_random_uuid()::text, '-', '') as id,
             ${h("b.o * 8 + k", 10)} % cardinality(${firsts}) + 1 as fi,
             ${h("b.o * 8 + k", 11)} % cardinality(${families}) + 1 as li,
             b.id as account_id, b.created_at
      from bs_office b, generate_series(0, ${scale.usersPerOffice - 1}) k`);
    await exec(`
      insert into "user" (id, name, first_name, last_name, email, email_verified, language, created_at, updated_at)
      select id, (${firsts})[fi] || ' ' || (${families})[li], (${firsts})[fi], (${families})[li],
             replace((${firstsFolded})[fi] || '.' || (${familiesFolded})[li], ' ', '') || '.' || o || '.' || k || '@kantoor' || o || '.be',
             true, case when ${h("o * 8 + k", 12)} % 3 = 0 then 'fr' else 'nl' end, created_at, created_at
      from bs_user`);
    await exec(`
      insert into membership (account_id, user_id, role, status, invited_at, created_at)
      select account_id, id, case when k = 0 then 'admin' else 'intermediary' end, 'active', created_at, created_at
      from bs_user`);
    // The admin is in Default (as registration does); intermediaries in one or two of the groups.
    await exec(`
      create unlogged table bs_member as
      select distinct u.o, x.gi, u.id as user_id
      from bs_user u join bs_office b using (o)
      cross join lateral (
        select 0 as gi where u.k = 0
        union all select (u.k + u.o) % (b.extra + 1) where u.k > 0
        union all select ((u.k + u.o) % (b.extra + 1) + 1) % (b.extra + 1) where u.k > 0 and ${h("u.o * 8 + u.k", 13)} % 2 = 0
      ) x`);
    await exec(`
      insert into account_group_member (account_id, group_id, user_id)
      select b.id, g.id, m.user_id from bs_member m join bs_group g using (o, gi) join bs_office b using (o)`);
  });

  await phase(log, "integrations", async () => {
    await exec(`
      insert into integration (account_id, id, product_id, producer_number, status, requested_by_user_id, requested_at, decided_at)
      select b.id, gen_random_uuid(), (select id from product where code = 'TPE-KMO'), (10000 + b.o)::text, 'accepted',
             u.id, b.created_at, b.created_at + interval '2 days'
      from bs_office b join bs_user u on u.o = b.o and u.k = 0`);
    // One accepted integration per office, for all of its groups.
    await exec(`
      insert into integration_group (account_id, integration_id, group_id)
      select b.id, i.id, g.id from bs_group g join bs_office b using (o) join integration i on i.account_id = b.id`);
  });

  // Who may have made a quote in a group: its members and the office's admin.
  await exec(`
    create unlogged table bs_creator as
    select c.o, c.gi, c.user_id, u.fi, u.li,
           (row_number() over (partition by c.o, c.gi order by c.user_id) - 1)::int as rn,
           (count(*) over (partition by c.o, c.gi))::int as cnt
    from (select o, gi, user_id from bs_member
          union select g.o, g.gi, u.id from bs_group g join bs_user u on u.o = g.o and u.k = 0) c
    join bs_user u on u.id = c.user_id`);
  await exec(`analyze bs_office, bs_group, bs_user, bs_creator`);
  const productId = (await exec(`select id from product where code = 'TPE-KMO'`)).rows[0]!.id as string;

  // Bulk load: the secondary indexes are built once afterwards, as they were defined by the migrations.
  const indexes = (
    await exec(`
    select indexname, indexdef from pg_indexes
    where schemaname = 'public' and tablename = 'quote' and indexname <> 'quote_account_id_id_pk'`)
  ).rows as {
    indexname: string;
    indexdef: string;
  }[];
  // The template's coverages and amounts; activity and summary vary per quote.
  const { activity: _activity, summary: _summary, ...rest } = template;
  const draftRest = literal(JSON.stringify(rest));
  const insertQuotes = (from: number, to: number) => `
      insert into quote (account_id, id, group_id, product_id, created_by_user_id, sequence, reference, status,
                         version, tariff_version, draft, company_name, city, search_text, pricing, client_language,
                         valid_until, submitted_at, decided_at, decision_message, created_at, updated_at)
      select b.id, gen_random_uuid(), g.id, '${productId}', c.user_id, s.n,
             'PV_TPE-KMO_' || (${kindWords})[s.ki] || '_' || s.seq,
             s.status, 1 + s.h4 % 20, '${TARIFF_VERSION}',
             ${draftRest}::jsonb || jsonb_build_object(
               'activity', jsonb_build_object(
                 'companyName', s.company, 'enterpriseNumber', s.kbo_dotted,
                 'legalForm', ${pick(textArray(LEGAL_FORMS), "s.h2")}, 'activityCode', (${activityCodes})[s.ai],
                 'street', (${streets})[s.si], 'houseNumber', s.house, 'postcode', (${postcodes})[s.pi],
                 'city', (${cities})[s.pi], 'startDate', (s.created_at + interval '14 days')::date::text,
                 'blueCollarCount', s.h3 % 12, 'whiteCollarCount', 1 + s.h3 % 5,
                 'turnoverCents', 10000000 + (s.h3 % 5000) * 100000),
               'summary', jsonb_build_object(
                 'paymentFrequency', ${pick(textArray(["annual", "semiannual", "quarterly"]), "s.h4")},
                 'clientLanguage', s.lang)),
             s.company, (${cities})[s.pi],
             concat_ws(' ', 'pv tpe kmo ' || lower((${kindWords})[s.ki]) || ' ' || s.seq, s.company_folded,
                       replace(s.kbo_dotted, '.', ' '), s.kbo_digits, (${streetsFolded})[s.si], s.house,
                       (${postcodes})[s.pi], (${citiesFolded})[s.pi], (${activityFolded})[s.ai],
                       (${firstsFolded})[c.fi] || ' ' || (${familiesFolded})[c.li]),
             case when s.status = 'active' then null else ${literal(JSON.stringify(frozenPricing))}::jsonb end,
             s.lang,
             case when s.status in ('offer', 'expired') then (s.created_at + interval '30 days')::date end,
             case when s.status in ('submitted', 'accepted', 'refused') then s.created_at + interval '2 days' end,
             case when s.status in ('accepted', 'refused') then s.created_at + interval '5 days' end,
             case when s.status = 'refused' then 'Risico buiten acceptatie' when s.status = 'accepted' then '' end,
             s.created_at, least(now(), s.created_at + make_interval(hours => s.h4 % 720))
      from (
        select n, o, h1, h2, h3, h4, created_at, seq, ki, fi, si, pi, ai, kbo_digits, house, status, lang,
               (${kinds})[ki] || ' ' || (${families})[fi] as company,
               (${kindsFolded})[ki] || ' ' || (${familiesFolded})[fi] as company_folded,
               substr(kbo_digits, 1, 4) || '.' || substr(kbo_digits, 5, 3) || '.' || substr(kbo_digits, 8, 3) as kbo_dotted
        from (
          select n, 1 + (n - 1) % ${N} as o,
                 ${h("n", 21)} as h1, ${h("n", 22)} as h2, ${h("n", 23)} as h3, ${h("n", 24)} as h4,
                 now() - make_interval(secs => (${Q}::float8 - n) / ${Q} * 730 * 86400) as created_at,
                 case when n < 1000 then lpad(n::text, 4, '0') else n::text end as seq,
                 1 + ${h("n", 25)} % cardinality(${kinds}) as ki,
                 1 + ${h("n", 26)} % cardinality(${families}) as fi,
                 1 + ${h("n", 27)} % cardinality(${streets}) as si,
                 1 + ${h("n", 28)} % cardinality(${postcodes}) as pi,
                 1 + ${h("n", 29)} % cardinality(${activityCodes}) as ai,
                 (1 + ${h("n", 30)} % 240)::text as house,
                 lpad((10000000 + n * 7)::text, 8, '0') || lpad((97 - (10000000 + n * 7) % 97)::text, 2, '0') as kbo_digits,
                 case when ${h("n", 31)} % 100 < 35 then 'active' when ${h("n", 31)} % 100 < 50 then 'offer'
                      when ${h("n", 31)} % 100 < 65 then 'submitted' when ${h("n", 31)} % 100 < 75 then 'accepted'
                      when ${h("n", 31)} % 100 < 80 then 'refused' when ${h("n", 31)} % 100 < 90 then 'expired'
                      else 'archived' end as status,
                 case when ${h("n", 32)} % 3 = 0 then 'fr' else 'nl' end as lang
          from generate_series(${from}, ${to}) n
        ) r
      ) s
      join bs_office b on b.o = s.o
      join bs_group g on g.o = s.o and g.gi = case when s.h1 % 100 < 40 then 0 else 1 + s.h1 % b.extra end
      join bs_creator c on c.o = s.o and c.gi = g.gi and c.rn = s.h2 % c.cnt`;
  await phase(log, "quotes", async () => {
    for (const index of indexes) await exec(`drop index "${index.indexname}"`);
    // Chunks over every connection given (the server's cores); the foreign keys are checked once
    // afterwards, in bulk, rather than by a trigger per row.
    const chunk = 50_000;
    const ranges: [number, number][] = [];
    for (let from = 1; from <= Q; from += chunk) ranges.push([from, Math.min(Q, from + chunk - 1)]);
    await Promise.all(
      execs.map(async (run) => {
        await run("set enable_nestloop = off");
        await run("set session_replication_role = replica");
        for (let range = ranges.shift(); range; range = ranges.shift()) await run(insertQuotes(...range));
        await run("reset session_replication_role");
        await run("reset enable_nestloop");
      }),
    );
    const orphans = (
      await exec(`
      select (select count(*) from quote q where not exists (select 1 from account a where a.id = q.account_id))
           + (select count(*) from quote q where not exists (select 1 from product p where p.id = q.product_id))
           + (select count(*) from quote q where not exists
               (select 1 from account_group g where g.account_id = q.account_id and g.id = q.group_id)) as n`)
    ).rows[0]!.n;
    if (Number(orphans) !== 0) throw new Error(`${orphans} quotes break a foreign key`);
    await exec(
      `update product set last_quote_sequence = (select max(sequence) from quote) where code = 'TPE-KMO'`,
    );
  });
  await phase(log, "quote_indexes", async () => {
    // The full-text index takes longest: it gets a connection of its own when there are two.
    const queues = execs.map(() => [] as string[]);
    const sorted = [...indexes].sort(
      (a, b) => Number(b.indexdef.includes("USING gin")) - Number(a.indexdef.includes("USING gin")),
    );
    for (const [i, index] of sorted.entries()) queues[i === 0 ? 0 : queues.length - 1]!.push(index.indexdef);
    await Promise.all(
      execs.map(async (run, i) => {
        await run("set maintenance_work_mem = '512MB'");
        for (const indexdef of queues[i]!) await run(indexdef);
      }),
    );
  });

  await phase(log, "passwords", async () => {
    const hash = await hashPassword(BENCH_PASSWORD);
    // As setPassword writes it: one "credential" row per user, its account_id the user id.
    await exec(`
      insert into credential (id, account_id, provider_id, user_id, password)
      select gen_random_uuid()::text, id, 'credential', id, ${literal(hash)} from bs_user where o <= ${scale.passwordOffices}`);
  });
  await exec(`drop table bs_office, bs_group, bs_user, bs_member, bs_creator`);
}

/** Compares sampled rows with what the app itself would have written for them. */
export async function verifySample(exec: Exec, log: Log): Promise<void> {
  const { rows } = await exec(`
    select q.reference, q.sequence, q.search_text, q.company_name, q.draft, u.name
    from quote q tablesample system (0.1) join "user" u on u.id = q.created_by_user_id limit 300`);
  const tariff = getShippedTariff(TARIFF_VERSION)!;
  let bad = 0;
  for (const row of rows) {
    const draft = quoteDraftSchema.parse(row.draft);
    const a = draft.activity;
    const activity = tariff.activitiesByCode.get(a.activityCode ?? "");
    const reference = quoteReference("PV", "TPE-KMO", a.companyName ?? "", row.sequence as number);
    const expected = searchDocument([
      reference,
      a.companyName,
      a.enterpriseNumber,
      a.enterpriseNumber?.replace(/\D/g, ""),
      a.street,
      a.houseNumber,
      a.postcode,
      a.city,
      a.activityCode,
      activity?.name.nl,
      activity?.name.fr,
      activity?.name.en,
      row.name as string,
    ]);
    if (expected !== row.search_text || reference !== row.reference || a.companyName !== row.company_name) {
      if (bad++ < 3)
        log(
          `seed mismatch:\n  app:  ${reference} | ${expected}\n  seed: ${row.reference} | ${row.search_text}`,
        );
    }
  }
  if (bad > 0)
    throw new Error(`${bad} of ${rows.length} sampled quotes differ from what the app would write`);
  log(`seed_verified_rows=${rows.length} (reference and search_text as the app writes them)`);
}

const pgExec =
  (client: pg.Client): Exec =>
  async (text) => {
    const result = await client.query(text);
    return { rows: (Array.isArray(result) ? result.at(-1) : result).rows ?? [] };
  };

/** Is courtier_bench there, complete, at this scale and with every migration? Then no seed is needed. */
export async function benchDatabaseState(
  scale: Scale = FULL_SCALE,
): Promise<{ ready: boolean; reason: string }> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ mark: string | null }>(
      "select shobj_description(oid, 'pg_database') as mark from pg_database where datname = $1",
      [BENCH_DB],
    );
    if (rows.length === 0) return { ready: false, reason: `${BENCH_DB} does not exist` };
    if (rows[0]!.mark !== seedMark(scale))
      return { ready: false, reason: `${BENCH_DB} is not a complete seed of this scale` };
  } finally {
    await admin.end();
  }
  const client = new pg.Client({ connectionString: benchUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{
      quotes: number;
      users: number;
      offices: number;
      migrations: number;
    }>(`
      select (select count(*)::int from quote) as quotes, (select count(*)::int from "user") as users,
             (select count(*)::int from account) as offices,
             (select count(*)::int from drizzle.__drizzle_migrations) as migrations`);
    const r = rows[0]!;
    const want = {
      quotes: totalQuotes(scale),
      users: scale.offices * scale.usersPerOffice,
      offices: scale.offices,
    };
    if (r.quotes !== want.quotes || r.users !== want.users || r.offices !== want.offices) {
      return { ready: false, reason: `row counts differ (${JSON.stringify(r)})` };
    }
    if (r.migrations !== migrationCount())
      return { ready: false, reason: "migrations were added since the seed" };
    return { ready: true, reason: "seeded" };
  } finally {
    await client.end();
  }
}

/** Drops and rebuilds the benchmark database on PostgreSQL. */
export async function seedPostgres(scale: Scale = FULL_SCALE, log: Log = console.log): Promise<void> {
  const start = performance.now();
  await phase(log, "create_database", async () => {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${BENCH_DB} with (force)`);
    await admin.query(`create database ${BENCH_DB}`);
    await admin.end();
  });
  await phase(log, "migrate_and_catalog", async () => {
    const database: Database = await openDatabase({ kind: "postgres", url: benchUrl(), poolSize: 2 });
    await database.migrate();
    await seedCatalog(database.db);
    await database.close();
  });
  const client = new pg.Client({ connectionString: benchUrl() });
  const second = new pg.Client({ connectionString: benchUrl() });
  await client.connect();
  await second.connect();
  try {
    const exec = pgExec(client);
    await exec(
      "set maintenance_work_mem = '1GB'; set work_mem = '256MB'; set synchronous_commit = off; set jit = off",
    );
    await second.query("set work_mem = '256MB'; set synchronous_commit = off; set jit = off");
    await generateData([exec, pgExec(second)], scale, log);
    await phase(log, "vacuum_analyze", () => exec("vacuum (analyze)"));
    await verifySample(exec, log);
    await exec(`comment on database ${BENCH_DB} is ${literal(seedMark(scale))}`);
    const { rows } = await exec(
      `select pg_size_pretty(pg_database_size(current_database())) as db, pg_size_pretty(pg_total_relation_size('quote')) as quote`,
    );
    log(`seed_database_size=${rows[0]!.db} quote_table_with_indexes=${rows[0]!.quote}`);
  } finally {
    await client.end();
    await second.end();
  }
  log(`seed_total_s=${((performance.now() - start) / 1000).toFixed(1)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await seedPostgres();
}
