import { registerSchema } from "@courtier/contracts/auth";
import type { FastifyInstance } from "fastify";
import type { AppContext } from "#src/app.ts";
import { AppError } from "#src/platform/errors.ts";
import { forwardCookies, parseWith, signInWithPassword } from "#src/platform/http.ts";
import { contract } from "#src/platform/openapi.ts";
import { hitRateLimit } from "#src/platform/rate-limit.repository.ts";
import { presentMe, sessionOfSignIn } from "../profile/me.presenter.ts";
import { registerOffice } from "./register-office.ts";

export function registrationRoutes(app: FastifyInstance, { db, auth, config }: AppContext): void {
  app.post(
    "/api/register",
    contract({
      summary: "Register a broker office and its first admin",
      access: "public",
      body: registerSchema,
    }),
    async (request, reply) => {
      const count = await hitRateLimit(db, `sign-up:ip:${request.ip}`, config.rateLimits.signUpPerIp);
      if (count > config.rateLimits.signUpPerIp.max) throw new AppError("RATE_LIMITED", 429);
      const input = parseWith(registerSchema, request.body);
      const { userId } = await registerOffice({
        db,
        input,
        ip: request.ip,
        publicUrl: config.publicUrl,
        authSecret: config.authSecret,
      });
      // The registrant is signed in at once, with a session made the same way as any sign-in.
      const response = await signInWithPassword(auth, request, input.email, input.password);
      forwardCookies(response, reply);
      return reply.status(201).send(await presentMe(db, userId, await sessionOfSignIn(db, response)));
    },
  );
}
