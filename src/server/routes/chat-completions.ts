// POST /v1/chat/completions — OpenAI-compatible, answered by QuarkMed's RAG pipeline (triage, retrieval,
// cited generation or evidence mode). JSON or SSE (`stream: true`); `model` picks a configured backend.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { isQuarkError } from '../../core/errors.js';
import { ANSWER_DEFAULTS } from '../../rag/options.js';
import type { AnswerEvent, AnswerResult } from '../../rag/types.js';
import type { RouteContext } from '../context.js';
import {
  askChunks,
  askCompletion,
  type ConsultSummary,
  consultRequested,
  consultStep,
  draftAsk,
  eventsWithRestsOn,
  summarise,
  withRestsOn,
} from '../consult-turn.js';
import { createDeadline } from '../deadline.js';
import { serverErrors } from '../errors.js';
import { ChatCompletionRequest, completionChunk, completionResponse, toQuestion, usageChunk, type CompletionIds } from '../openai-format.js';
import { errorBody, toQuarkError } from '../plugins/error-handler.js';
import type { AnswerOptions } from '../services.js';
import { openSse } from '../sse.js';
import { parseInput, requestLocale } from '../validate.js';
import { recordAnswerWarnings } from '../metrics.js';

export async function chatCompletionsRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const { services, metrics, options } = ctx;

  app.post('/v1/chat/completions', { config: { access: 'user' } }, async function chatCompletions(request, reply) {
    const body = parseInput(ChatCompletionRequest, request.body, 'chat completion request');
    const turn = toQuestion(body);
    if (!turn) throw serverErrors.NO_USER_MESSAGE({});
    const backend = await services.models.get(body.model);
    const modelId = body.model || services.models.list().find((m) => m.isDefault)?.id || 'quarkmed';
    const ids: CompletionIds = { id: `chatcmpl-${randomUUID()}`, created: Math.floor(Date.now() / 1000), model: modelId };
    // Ask before advising: a symptom message may first get one short turn of focused questions (src/consult).
    let consult = consultStep(turn.history, turn.question, consultRequested(body));
    // With a model, the question turn may be reworded for this patient, kept only when it stays on the red flags.
    if (consult.action === 'ask' && backend)
      consult = await draftAsk(consult, backend, {
        timeoutMs: Math.min(2000, Math.max(200, Math.floor(options.modelTimeoutMs / 4))),
        redactPrompts: options.redactPrompts,
      });
    if (consult.action === 'ask') {
      metrics.answers.inc({ mode: 'consult', triage: consult.state.triage });
      if (!body.stream) return askCompletion(ids, consult);
      const sse = openSse(reply);
      for (const chunk of askChunks(ids, consult)) sse.send(chunk);
      sse.done();
      return;
    }
    const consultInfo = summarise(consult);
    const question = consult.state.turnsAsked > 0 ? consult.query : turn.question;
    const promptText = [...turn.history.map((m) => m.content), turn.question].join('\n');
    const locale = body.locale ?? requestLocale(request.headers['accept-language']);
    const base: Omit<AnswerOptions, 'signal'> = {
      retriever: services.retriever,
      backend,
      history: turn.history,
      locale,
      k: options.k,
      temperature: body.temperature ?? undefined,
      maxTokens: body.max_completion_tokens ?? body.max_tokens ?? undefined,
      modelHint: services.models.addModelHint,
      // The triage second opinion runs before the first event: it must never use up the model deadline itself.
      secondOpinionTimeoutMs: Math.min(ANSWER_DEFAULTS.secondOpinionTimeoutMs, Math.max(100, Math.floor(options.modelTimeoutMs / 4))),
      redactPrompts: options.redactPrompts,
    };
    const record = (r: AnswerResult) => {
      metrics.answers.inc({ mode: r.mode, triage: r.triage.level });
      recordAnswerWarnings(metrics, r.warnings);
    };
    const noteError = (err: unknown) => {
      if (isQuarkError(err) && err.code.startsWith('MODEL_')) metrics.modelErrors.inc({ code: err.code });
    };

    if (!body.stream) {
      const clientGone = new AbortController();
      reply.raw.on('close', () => {
        if (!reply.raw.writableEnded) clientGone.abort();
      });
      const deadline = createDeadline(options.modelTimeoutMs, backend?.name ?? 'evidence', clientGone.signal);
      try {
        const result = withRestsOn(await deadline.run(services.answerQuestion(question, { ...base, signal: deadline.signal })), consult.restsOn);
        record(result);
        const res = completionResponse(ids, result, promptText);
        return { ...res, quarkmed: { ...res.quarkmed, consult: consultInfo } };
      } catch (err) {
        noteError(err);
        throw err;
      } finally {
        deadline.dispose();
      }
    }
    return streamCompletion(
      reply,
      ids,
      async function* events(signal) {
        yield* eventsWithRestsOn(services.streamAnswer(question, { ...base, signal }), consult.restsOn);
      },
      {
        promptText,
        includeUsage: body.stream_options?.include_usage === true,
        backendName: backend?.name ?? 'evidence',
        record,
        noteError,
        consult: consultInfo,
      },
    );
  });

  async function streamCompletion(
    reply: FastifyReply,
    ids: CompletionIds,
    events: (signal: AbortSignal) => AsyncIterable<AnswerEvent>,
    o: {
      promptText: string;
      includeUsage: boolean;
      backendName: string;
      record: (r: AnswerResult) => void;
      noteError: (e: unknown) => void;
      consult?: ConsultSummary;
    },
  ): Promise<void> {
    const clientGone = new AbortController();
    const deadline = createDeadline(options.modelTimeoutMs, o.backendName, clientGone.signal);
    const it = events(deadline.signal)[Symbol.asyncIterator]();
    let first: IteratorResult<AnswerEvent>;
    try {
      // Errors before the first event (bad backend, timeout) still get a real HTTP status.
      first = await deadline.next(it);
    } catch (err) {
      deadline.dispose();
      o.noteError(err);
      throw err;
    }
    const sse = openSse(reply);
    sse.signal.addEventListener('abort', () => clientGone.abort(), { once: true });
    let answer = '';
    sse.send(completionChunk(ids, { role: 'assistant', content: '' }, null));
    try {
      for (let r = first; !r.done; r = await deadline.next(it)) {
        if (sse.closed) break;
        const ev = r.value;
        if (ev.type === 'triage') sse.send(completionChunk(ids, {}, null, { quarkmed: { triage: ev.triage } }));
        else if (ev.type === 'citations') sse.send(completionChunk(ids, {}, null, { citations: ev.citations }));
        else if (ev.type === 'delta') {
          answer += ev.text;
          sse.send(completionChunk(ids, { content: ev.text }, null));
        } else {
          const res = ev.result;
          o.record(res);
          // Evidence-mode and post-hoc corrections: send whatever of the final answer the deltas did not carry.
          if (res.answer.startsWith(answer) && res.answer.length > answer.length) {
            sse.send(completionChunk(ids, { content: res.answer.slice(answer.length) }, null));
            answer = res.answer;
          }
          sse.send(
            completionChunk(ids, {}, 'stop', {
              citations: res.citations,
              quarkmed: { mode: res.mode, triage: res.triage, warnings: res.warnings, ...(o.consult ? { consult: o.consult } : {}) },
            }),
          );
          if (o.includeUsage) sse.send(usageChunk(ids, o.promptText, answer, res.mode));
        }
      }
      sse.done();
    } catch (err) {
      o.noteError(err);
      if (!sse.closed) {
        const q = toQuarkError(err, options.bodyLimit);
        if (q.status >= 500) reply.log.error({ err, code: q.code }, 'stream failed');
        sse.send(errorBody(q));
        sse.end();
      }
    } finally {
      deadline.dispose();
      it.return?.()?.catch(() => {}); // the pipeline may reject on abort; nothing is waiting for it
    }
  }
}
