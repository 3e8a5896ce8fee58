import type { Language } from "@courtier/contracts/errors";
import type { Branding, PlatformInfo } from "@courtier/contracts/responses";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AppContext } from "#src/app.ts";
import { AppError } from "#src/platform/errors.ts";
import { requestLanguage } from "#src/platform/http.ts";
import { contract } from "#src/platform/openapi.ts";
import { findInsurerBySlug, type InsurerRow, listInsurers, listProducts } from "./catalog.repository.ts";

const branding = (i: InsurerRow): Branding => ({
  slug: i.slug,
  name: i.name,
  logoUrl: `/api/insurers/${i.slug}/logo.svg`,
  primaryColor: i.primaryColor,
  accentColor: i.accentColor,
});

/** `vivium.localhost:3000` → "vivium" when the platform is `localhost:3000`; the bare host → null. */
export function insurerSlugFromHost(hostname: string, platformHostname: string): string | null {
  const suffix = `.${platformHostname}`;
  if (!hostname.endsWith(suffix)) return null;
  const label = hostname.slice(0, -suffix.length);
  return /^[a-z0-9-]+$/.test(label) ? label : null;
}

export function platformRoutes(app: FastifyInstance, { db, config }: AppContext): void {
  const platformHostname = new URL(config.publicUrl).hostname;

  async function hostInsurer(request: FastifyRequest) {
    const slug = insurerSlugFromHost(request.hostname.replace(/:\d+$/, ""), platformHostname);
    return slug ? findInsurerBySlug(db, slug) : null;
  }

  app.get(
    "/api/platform",
    contract({ summary: "Branding of this host, insurers and products", access: "public" }),
    async (request): Promise<PlatformInfo> => {
      const language: Language = requestLanguage(request);
      const [insurer, insurers, products] = await Promise.all([
        hostInsurer(request),
        listInsurers(db),
        listProducts(db),
      ]);
      return {
        insurer: insurer ? branding(insurer) : null,
        insurers: insurers.map(branding),
        products: products
          .filter((p) => !insurer || p.insurerSlug === insurer.slug)
          .map((p) => ({
            ...p,
            description: p.description[language],
            producerNumberHint: p.producerNumberHint[language],
          })),
        localMailbox: config.smtpUrl === null,
      };
    },
  );

  app.get<{ Params: { slug: string } }>(
    "/api/insurers/:slug/logo.svg",
    contract({ summary: "An insurer's logo", access: "public" }),
    async (request, reply) => {
      const insurer = await findInsurerBySlug(db, request.params.slug);
      if (!insurer) throw AppError.notFound();
      return reply
        .type("image/svg+xml")
        .header("cache-control", "public, max-age=3600")
        .header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'")
        .send(insurer.logoSvg);
    },
  );
}
