/**
 * One HTTP exchange, recorded (redacted) in the transcript: the request, then the response with its
 * duration, or the transport error instead, which is raised as a TransportError (the target or the
 * network failed, not the contract). Used by the GWS agent client and the GMS customer client.
 */
import { GATEWAY_STATUSES } from '../contract/endpoints.ts';
import type { HttpEvent } from '../contract/generated/payloads.ts';
import { redactHeaders } from '../evidence/redact.ts';
import { type TranscriptRecorder, TransportError } from '../evidence/transcript.ts';
import { answeredJson, describeFetchFailure } from './failure.ts';
import { type HttpExchangeAnswer, httpExchange } from './http-exchange.ts';

export interface RecordedRequest {
  actor: string;
  method: string;
  url: URL;
  headers: Record<string, string>;
  /** The body sent, as text. */
  payload?: string;
  /** The body as the transcript shows it (the recorder redacts it); default the payload. */
  recordedBody?: unknown;
  timeoutMs: number;
  /** Names the request in errors, e.g. "POST /api/v2/me" or "GMS request chat". */
  label: string;
  /** The drive step a TransportError names. */
  step: string;
  /** The setting that names this server (GWS_BASE_URL, GMS_BASE_URL), for the cause of a failure. */
  setting: string;
  /**
   * Called with the response before it is recorded: the place to register the secrets it carries
   * (session cookie, CSRF token, GMS keys) so that the recording itself is redacted.
   */
  beforeRecord?: (headers: Headers, body: unknown) => void;
}

export interface RecordedResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON body, or the text when it is not JSON (undefined when empty). */
  body: unknown;
  text: string;
}

export function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The origins that answered as an API (a JSON body) in this process. */
const answeredAsApi = new Set<string>();

/**
 * Has the server at `origin` answered as an API in this process (a run before, or one side by side)?
 * A run cut at its first request reached no answer of its own, yet the target is there.
 */
export function answeredBefore(origin: string): boolean {
  return answeredAsApi.has(origin);
}

export async function recordedFetch(recorder: TranscriptRecorder | undefined, r: RecordedRequest): Promise<RecordedResponse> {
  const event: HttpEvent = {
    kind: 'http',
    actor: r.actor,
    at: recorder?.now() ?? 0,
    request: {
      method: r.method,
      path: r.url.pathname + r.url.search,
      headers: redactHeaders(r.headers),
      ...(r.payload === undefined ? {} : { body: r.recordedBody ?? r.payload }),
    },
  };
  let response: HttpExchangeAnswer;
  try {
    response = await httpExchange({ method: r.method, url: r.url, headers: r.headers, body: r.payload, timeoutMs: r.timeoutMs });
  } catch (err) {
    const cause =
      err instanceof Error ? `${err.name}: ${err.message}${err.cause instanceof Error ? ` (${err.cause.message})` : ''}` : String(err);
    event.durationMs = (recorder?.now() ?? 0) - event.at;
    event.error = cause;
    recorder?.record(event);
    throw new TransportError(
      `${r.label}: ${describeFetchFailure(err, { origin: r.url.origin, setting: r.setting, timeoutMs: r.timeoutMs })}`,
      r.step,
    );
  }
  const { text } = response;
  const body = parseBody(text);
  if (GATEWAY_STATUSES.includes(response.status)) {
    // GWS documents no 502/503/504: a gateway between the suite and the target answered, not GWS.
    event.durationMs = (recorder?.now() ?? 0) - event.at;
    event.response = {
      status: response.status,
      headers: redactHeaders(Object.fromEntries(response.headers)),
      ...(body === undefined ? {} : { body }),
    };
    event.error = `a gateway answered HTTP ${response.status} instead of the target`;
    recorder?.record(event);
    throw new TransportError(
      `${r.label}: a gateway between the suite and ${r.url.origin} answered HTTP ${response.status} (the network or a proxy failed, not the contract): retry the run, or check the way to ${r.setting}`,
      r.step,
    );
  }
  r.beforeRecord?.(response.headers, body);
  event.durationMs = (recorder?.now() ?? 0) - event.at;
  event.response = {
    status: response.status,
    headers: redactHeaders(Object.fromEntries(response.headers)),
    ...(body === undefined ? {} : { body }),
  };
  recorder?.record(event);
  if (answeredJson({ body })) answeredAsApi.add(r.url.origin);
  return { status: response.status, headers: response.headers, body, text };
}
