import type { Page } from "playwright-core";

type Json = any;

export type InPageReply = { status: number; body: Json; contentType: string };

/**
 * The API as the signed-in page calls it, from inside the page: its cookies and its origin (the
 * server refuses changes from elsewhere). Node cannot resolve an insurer's `vivium.localhost`;
 * Chromium can, so the page itself fetches. JSON answers come back parsed, others as text.
 */
export function callFromPage(
  page: Page,
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<InPageReply> {
  const headers = { ...(body === undefined ? {} : { "content-type": "application/json" }), ...extraHeaders };
  const data = body === undefined ? undefined : JSON.stringify(body);
  return page.evaluate(
    async ([m, p, h, d]) => {
      const res = await fetch(p as string, {
        method: m as string,
        headers: h as Record<string, string>,
        body: d,
      });
      const type = res.headers.get("content-type") ?? "";
      return {
        status: res.status,
        body: res.status === 204 ? null : type.includes("json") ? await res.json() : await res.text(),
        contentType: type,
      };
    },
    [method, path, headers, data] as const,
  );
}

export const BROKER_PASSWORD = "Kantoor-Gent-2026";

/**
 * Registers a broker office with its admin from the page, so the session lands in the browser.
 * The answer is the registration's (the office and its Default group); anything but 201 throws.
 */
export async function registerOfficeFromPage(
  page: Page,
  email: string,
  overrides: Record<string, unknown> = {},
): Promise<Json> {
  const reply = await callFromPage(page, "POST", "/api/register", {
    firstName: "Clémentine",
    lastName: "Cazelles",
    email,
    password: BROKER_PASSWORD,
    confirmPassword: BROKER_PASSWORD,
    acceptTerms: true,
    commercialName: "Cazelles Verzekeringen",
    enterpriseNumber: "0123.456.749",
    street: "Koningsstraat",
    number: "151",
    postcode: "1210",
    city: "Brussel",
    website: "",
    phone: "0412 34 56 78",
    ...overrides,
  });
  if (reply.status !== 201)
    throw new Error(`registration answered ${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply.body;
}
