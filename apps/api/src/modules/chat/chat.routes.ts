import {
  type CurrentConversation,
  chatMessageSchema,
  handoverSchema,
  presenceSchema,
  type SupportConversation,
  type SupportConversationList,
  type SupportMe,
  supportListQuerySchema,
  supportReplySchema,
  supportSignInSchema,
} from "@courtier/contracts/chat";
import { languageSettingsSchema } from "@courtier/contracts/fields";
import { asPlatform } from "@courtier/db/tenancy";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { AppContext } from "#src/app.ts";
import { requireActor } from "#src/platform/actor.ts";
import { AppError } from "#src/platform/errors.ts";
import {
  authHeaders,
  forwardCookies,
  parseWith,
  revokeSignIn,
  signInWithPassword,
  uuidParam,
} from "#src/platform/http.ts";
import { contract } from "#src/platform/openapi.ts";
import { reserveSignInAttempt } from "#src/platform/sign-in-limit.ts";
import { streamEvents } from "#src/platform/sse.ts";
import { recordAudit } from "../audit/audit.repository.ts";
import { findUserById, setUserLanguage } from "../auth/user.repository.ts";
import { findSupportAgent, setSupportPresence } from "./chat.repository.ts";
import {
  currentConversation,
  handOver,
  mailToSupport,
  postMessage,
  resolveConversation,
  type SupportAgentActor,
  supportClose,
  supportConversation,
  supportQueue,
  supportReply,
} from "./chat.ts";

type IdParams = { Params: { id: string } };

export function chatRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db, auth, config, realtime } = ctx;
  const chat = { db, realtime, config };

  /** Platform support: a signed-in user with a support_agent row, nothing else. */
  async function requireSupport(request: FastifyRequest): Promise<SupportAgentActor> {
    const result = await auth.api.getSession({ headers: authHeaders(request) });
    if (!result) throw AppError.unauthenticated();
    const agent = await asPlatform(db, (tx) => findSupportAgent(tx, result.user.id));
    if (!agent) throw AppError.forbidden();
    return { userId: result.user.id, ip: request.ip, online: agent.online };
  }

  // ── The broker's chat ──

  app.get(
    "/api/chat/conversation",
    contract({ summary: "The broker's open conversation, if any", access: "session" }),
    async (request): Promise<CurrentConversation> => {
      const actor = await requireActor(request, auth, db);
      return { conversation: await currentConversation(chat, actor) };
    },
  );

  app.post(
    "/api/chat/messages",
    contract({ summary: "Ask a question or write to support", access: "session", body: chatMessageSchema }),
    async (request, reply) => {
      const actor = await requireActor(request, auth, db);
      const input = parseWith(chatMessageSchema, request.body);
      return reply.status(201).send({ conversation: await postMessage(chat, actor, input) });
    },
  );

  app.post(
    "/api/chat/handover",
    contract({
      summary: "Talk to a person: hand the conversation to support",
      access: "session",
      body: handoverSchema,
    }),
    async (request): Promise<CurrentConversation> => {
      const actor = await requireActor(request, auth, db);
      const { page } = parseWith(handoverSchema, request.body);
      return { conversation: await handOver(chat, actor, page) };
    },
  );

  app.post(
    "/api/chat/resolved",
    contract({ summary: "The question is answered: close the conversation", access: "session" }),
    async (request): Promise<CurrentConversation> => {
      const actor = await requireActor(request, auth, db);
      return { conversation: await resolveConversation(chat, actor) };
    },
  );

  app.post(
    "/api/chat/mail",
    contract({
      summary: "Nobody answered: mail the conversation to support, with a copy",
      access: "session",
    }),
    async (request): Promise<CurrentConversation> => {
      const actor = await requireActor(request, auth, db);
      return { conversation: await mailToSupport(chat, actor) };
    },
  );

  app.get(
    "/api/chat/events",
    contract({ summary: "Server-sent events of the broker's conversations", access: "session" }),
    async (request, reply) => {
      const actor = await requireActor(request, auth, db);
      streamEvents(request, reply, realtime, [`user:${actor.userId}`], () =>
        requireActor(request, auth, db).then(
          () => true,
          () => false,
        ),
      );
    },
  );

  // ── Platform support's console ──

  app.post(
    "/api/support/session",
    contract({ summary: "Support sign-in", access: "public", body: supportSignInSchema }),
    async (request, reply) => {
      const input = parseWith(supportSignInSchema, request.body);
      const attempt = await reserveSignInAttempt(db, config.rateLimits, request.ip, input.email);
      const response = await signInWithPassword(auth, request, input.email, input.password);
      const userId = response.ok ? ((await response.json()) as { user: { id: string } }).user.id : null;
      const agent = userId ? await asPlatform(db, (tx) => findSupportAgent(tx, userId)) : null;
      if (!userId || !agent) {
        if (userId) await revokeSignIn(auth, response);
        await recordAudit(db, {
          action: "support.sign_in.failed",
          ipAddress: request.ip,
          data: { email: input.email },
        });
        throw new AppError("INVALID_CREDENTIALS", 401);
      }
      await attempt.succeeded();
      await recordAudit(db, { actorUserId: userId, action: "support.signed_in", ipAddress: request.ip });
      forwardCookies(response, reply);
      return reply.send(await supportMe(userId, agent.online));
    },
  );

  async function supportMe(userId: string, online: boolean): Promise<SupportMe> {
    const user = (await asPlatform(db, (tx) => findUserById(tx, userId)))!;
    return { user: { id: user.id, name: user.name, email: user.email, language: user.language }, online };
  }

  app.get(
    "/api/support/me",
    contract({ summary: "The signed-in support agent", access: "support" }),
    async (request): Promise<SupportMe> => {
      const agent = await requireSupport(request);
      return supportMe(agent.userId, agent.online);
    },
  );

  app.patch(
    "/api/support/me",
    contract({
      summary: "Save the support agent's language",
      access: "support",
      body: languageSettingsSchema,
    }),
    async (request): Promise<SupportMe> => {
      const agent = await requireSupport(request);
      const { language } = parseWith(languageSettingsSchema, request.body);
      await setUserLanguage(db, agent.userId, language);
      return supportMe(agent.userId, agent.online);
    },
  );

  app.post(
    "/api/support/presence",
    contract({
      summary: "Support online or offline (offline: brokers are offered mail at once)",
      access: "support",
      body: presenceSchema,
    }),
    async (request): Promise<SupportMe> => {
      const agent = await requireSupport(request);
      const { online } = parseWith(presenceSchema, request.body);
      await asPlatform(db, (tx) => setSupportPresence(tx, agent.userId, online));
      return supportMe(agent.userId, online);
    },
  );

  app.get(
    "/api/support/conversations",
    contract({ summary: "Conversations handed to support, newest first", access: "support" }),
    async (request): Promise<SupportConversationList> => {
      await requireSupport(request);
      const { status } = parseWith(supportListQuerySchema, request.query);
      return supportQueue(chat, status === "open");
    },
  );

  app.get<IdParams>(
    "/api/support/conversations/:id",
    contract({ summary: "One conversation with its messages", access: "support" }),
    async (request): Promise<SupportConversation> => {
      await requireSupport(request);
      return supportConversation(chat, uuidParam(request.params.id));
    },
  );

  app.post<IdParams>(
    "/api/support/conversations/:id/messages",
    contract({ summary: "Reply to a broker", access: "support", body: supportReplySchema }),
    async (request, reply) => {
      const agent = await requireSupport(request);
      const id = uuidParam(request.params.id);
      const { text } = parseWith(supportReplySchema, request.body);
      return reply.status(201).send(await supportReply(chat, agent, id, text));
    },
  );

  app.post<IdParams>(
    "/api/support/conversations/:id/close",
    contract({ summary: "Close a conversation", access: "support" }),
    async (request, reply) => {
      await requireSupport(request);
      await supportClose(chat, uuidParam(request.params.id));
      return reply.status(204).send();
    },
  );

  app.get(
    "/api/support/events",
    contract({ summary: "Server-sent events of every conversation handed to support", access: "support" }),
    async (request, reply) => {
      await requireSupport(request);
      streamEvents(request, reply, realtime, ["support"], () =>
        requireSupport(request).then(
          () => true,
          () => false,
        ),
      );
    },
  );
}
