// The sign-up service's HTTP side, on Fastify:
//   POST /api/newsletter               a sign-up (form or JSON body)
//   POST /api/newsletter/unsubscribe   removes the address with that token (also RFC 8058 one-click)
//   GET  /newsletter?…                 the sign-up page showing a refused sign-up   (pages.ts)
//   GET  /newsletter/unsubscribe?…     the unsubscribe confirmation page             (pages.ts)
//   GET  /api/newsletter/health        200 when the database answers
// A browser running the site's JavaScript asks for JSON and gets it; a plain form post (no
// JavaScript) is redirected (303) to a page: thanks, or the form again with the reason.
import { createHmac } from 'node:crypto';
import type { Writable } from 'node:stream';
import formBody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import Fastify, { LogController } from 'fastify';
import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  HookHandlerDoneFunction,
} from 'fastify';
import { site } from '../src/content/site';
import { validateEmail } from '../src/lib/email';
import {
  isNewsletterPlacement,
  parseToken,
  signupApiPath,
  unsubscribeAction,
} from '../src/lib/newsletterSignup';
import type { SignupAnswer, SignupError } from '../src/lib/newsletterSignup';
import { signupErrorMessages } from '../src/lib/newsletterSignup';
import { signupFields } from '../src/lib/signupFields';
import {
  newsletterRetryHref,
  newsletterThanksPath,
  parseSlug,
  unsubscribedPath,
} from '../src/lib/urls';
import type { Config, Limit } from './config';
import type { SignupPages } from './pages';
import type { SubscriberStore } from './store';

export interface AppOptions {
  config: Config;
  store: SubscriberStore;
  /** Undefined when the built site is not there: the pages then answer 503. */
  pages: SignupPages | undefined;
  /** Where the JSON log lines go (default: standard output). */
  logStream?: Writable;
}

/** A request the service turns down, with the reader's reason and what they typed. */
class Refusal extends Error {
  constructor(
    readonly error: SignupError,
    readonly statusCode: number,
    readonly typed?: Typed,
  ) {
    super(error);
  }
}

/** What Fastify's own checks mean to a reader. */
function refusalOf(error: FastifyError): Refusal | undefined {
  if (error instanceof Refusal) return error;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new Refusal('too-large', 413);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new Refusal('unsupported-type', 415);
    default:
      return error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500
        ? new Refusal('bad-request', 400)
        : undefined;
  }
}

/** The site's JavaScript asks for JSON; a plain form post asks for a page. */
function wantsJson(req: FastifyRequest): boolean {
  return (
    (req.headers.accept ?? '').includes('application/json') ||
    (req.headers['content-type'] ?? '').startsWith('application/json')
  );
}

/** The origin of the page that sent the request: Origin, or failing that the Referer's. */
function senderOrigin(req: FastifyRequest): string | undefined {
  const { origin, referer } = req.headers;
  if (origin) return origin;
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}

/** One text field of a form or JSON body; anything but a string (or nothing) is refused. */
function field(body: unknown, name: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const value: unknown = (body as Record<string, unknown>)[name];
  if (value === undefined || typeof value === 'string') return value;
  throw new Refusal('bad-request', 400);
}

interface Typed {
  email: string;
  placement?: string | undefined;
  story?: string | undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** What the reader typed, once the body is read: kept for the page a refusal leads to. */
    signupTyped: Typed | undefined;
    /** The key a sign-up is rate-limited by: a hash of its address. */
    signupAddressKey: string;
  }
}

export async function buildApp({
  config,
  store,
  pages,
  logStream,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(logStream ? { stream: logStream } : {}),
      // Nothing of the request beyond what each log line names: no URL with its query (an
      // address can be there), no headers, no body.
      serializers: { req: () => ({}), res: () => ({}) },
    },
    // One line per request, written below; Fastify's own lines would carry the URL.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
    return503OnClosing: true,
  });

  /** Stands for an address in logs and rate-limit keys: never the address itself. */
  const hashEmail = (email: string) =>
    createHmac('sha256', config.logKey).update(email).digest('hex').slice(0, 16);

  // JSON (Fastify's own parser) and urlencoded forms; everything else is a 415.
  app.removeContentTypeParser('text/plain');
  await app.register(formBody, { bodyLimit: config.bodyLimit });
  await app.register(rateLimit, { global: false });
  app.decorateRequest('signupAddressKey', '');
  app.decorateRequest('signupTyped', undefined);

  const limiter = (limit: Limit, key: (req: FastifyRequest) => string) => {
    const check = app.createRateLimit({
      max: limit.max,
      timeWindow: limit.windowMs,
      keyGenerator: key,
    });
    return async (req: FastifyRequest, reply: FastifyReply) => {
      const result = await check(req);
      if (!result.isAllowed && result.isExceeded) {
        reply.header('retry-after', String(result.ttlInSeconds));
        throw new Refusal('rate-limited', 429, req.signupTyped);
      }
    };
  };
  const perClient = limiter(config.limits.perClient, (req) => `client:${req.ip}`);
  const perAddress = limiter(config.limits.perAddress, (req) => `address:${req.signupAddressKey}`);

  const allowed = new Set(config.allowedOrigins);
  /** Sign-ups only from the site's own pages; `required` false lets a mail client's one-click through. */
  const checkOrigin =
    (required: boolean) =>
    (req: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) => {
      const origin = senderOrigin(req);
      const refused = origin === undefined ? required : !allowed.has(origin);
      done(refused ? new Refusal('wrong-origin', 403) : undefined);
    };
  /** A body must say what it is: a form or JSON. */
  const requireType = (
    req: FastifyRequest,
    _reply: FastifyReply,
    done: HookHandlerDoneFunction,
  ) => {
    done(req.headers['content-type'] ? undefined : new Refusal('unsupported-type', 415));
  };

  app.addHook('onResponse', async (req, reply) => {
    // The route's pattern, never the URL: a refused sign-up's address travels in a query.
    req.log.info(
      {
        method: req.method,
        route: req.routeOptions.url ?? '(none)',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  app.setErrorHandler(async (error: FastifyError, req, reply) => {
    const refusal = refusalOf(error);
    if (!refusal) {
      // The code and the stack's first line, never the message: a parser's message can quote
      // what was sent.
      req.log.error({ code: error.code, at: error.stack?.split('\n')[1]?.trim() }, 'failed');
      return reply.code(500).send({ ok: false, message: 'The sign-up service failed.' });
    }
    req.log.info({ refused: refusal.error, status: refusal.statusCode }, 'refused');
    const isSignup = req.routeOptions.url === signupApiPath;
    if (wantsJson(req) || !isSignup) {
      const answer: SignupAnswer = {
        ok: false,
        error: refusal.error,
        message: signupErrorMessages[refusal.error],
      };
      return reply.code(refusal.statusCode).send(answer);
    }
    // Without JavaScript: back to the sign-up page, saying why, with what the reader typed.
    const typed = refusal.typed;
    const href = new URL(newsletterRetryHref(refusal.error, typed?.email), 'http://site.local');
    if (typed?.placement) href.searchParams.set('placement', typed.placement);
    if (typed?.story) href.searchParams.set('story', typed.story);
    return reply.redirect(`${href.pathname}${href.search}`, 303);
  });

  app.setNotFoundHandler(async (_req, reply) =>
    reply.code(404).send({ ok: false, message: 'There is nothing here.' }),
  );

  app.post(signupApiPath, {
    onRequest: [perClient, checkOrigin(true), requireType],
    handler: async (req, reply) => {
      const typed = {
        email: field(req.body, site.newsletter.field) ?? '',
        placement: field(req.body, signupFields.placement),
        story: field(req.body, signupFields.story),
      };
      req.signupTyped = typed;
      if (field(req.body, signupFields.trap)) throw new Refusal('automated', 400, typed);
      const check = validateEmail(typed.email);
      if (!check.ok) throw new Refusal(check.problem, 400, typed);
      req.signupAddressKey = hashEmail(check.email);
      await perAddress(req, reply);

      const placement = isNewsletterPlacement(typed.placement) ? typed.placement : undefined;
      const story = parseSlug(typed.story);
      // Written (and synced) before the answer: a reader told "signed up" is signed up.
      const outcome = await store.subscribe({
        email: check.email,
        placement,
        story,
        at: new Date(),
      });
      req.log.info({ signup: outcome, email: req.signupAddressKey, placement }, 'signed up');
      if (wantsJson(req)) return reply.send({ ok: true } satisfies SignupAnswer);
      return reply.redirect(newsletterThanksPath, 303);
    },
  });

  await app.register((scope, _options, done) => {
    // RFC 8058 one-click unsubscribes may come as multipart/form-data; only the query's token
    // matters then, so the body is read (within the limit) and dropped.
    scope.addContentTypeParser(
      'multipart/form-data',
      { parseAs: 'string' },
      (_req, _body, done) => {
        done(null, {});
      },
    );
    scope.post(unsubscribeAction, {
      onRequest: [perClient, checkOrigin(false), requireType],
      handler: (req, reply) => {
        const query = req.query as Record<string, unknown>;
        const given =
          field(req.body, 'token') ?? (typeof query.token === 'string' ? query.token : undefined);
        const token = parseToken(given);
        if (!token) throw new Refusal('bad-request', 400);
        // The same answer whether or not the token was known: a link used twice, or a guess,
        // learns nothing.
        const removed = store.unsubscribe(token);
        req.log.info({ unsubscribed: removed }, 'unsubscribe');
        // A mail client's one-click request comes from no page: it gets the short answer.
        if (wantsJson(req) || senderOrigin(req) === undefined) {
          return reply.send({ ok: true } satisfies SignupAnswer);
        }
        return reply.redirect(unsubscribedPath, 303);
      },
    });
    done();
  });

  const page = async (req: FastifyRequest, reply: FastifyReply) => {
    reply.header('cache-control', 'no-store');
    if (!pages) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The sign-up pages are not available: the site has not been built (npm run build).');
    }
    const html = await pages.render(req.url);
    if (html === undefined) return reply.callNotFound();
    return reply.type('text/html; charset=utf-8').send(html);
  };
  app.get('/newsletter', page);
  app.get('/newsletter/unsubscribe', page);

  app.get(`${signupApiPath}/health`, () => {
    store.check();
    return { ok: true };
  });

  return app;
}
