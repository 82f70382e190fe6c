/**
 * HTTP plumbing of the simulator: errors as JSON answers (GWS and GMS forms), request bodies read
 * within a size limit (JSON for GWS, url-encoded forms for GMS), responses written, and the cookie and
 * Basic credential headers parsed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OperationResponse } from '../helpers/contract/generated/payloads.ts';
import type { Json } from './operations/plan.ts';

/** An answer other than 200: thrown by handlers, written by the server's dispatcher. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Json,
    readonly headers: Record<string, string> = {},
    readonly text?: string,
  ) {
    super(`HTTP ${status}`);
  }
}

/** A GWS error: the HTTP status (INFERRED: the docs give statusCodes only) and the documented body. */
export function gwsError(status: number, statusCode: number, statusMessage: string): HttpError {
  const body: OperationResponse = { statusCode, statusMessage };
  return new HttpError(status, body as unknown as Json);
}

export function gmsError(status: number, advice: string): HttpError {
  // INFERRED: the GMS error body is not on a page we could read.
  return new HttpError(status, { statusCode: 1, errors: [{ code: status, advice }] });
}

/** An operationName the resource does not support. */
export function operationError(name: unknown, otherReading = false): HttpError {
  if (name === undefined) return gwsError(400, 1, 'Required parameter operationName is missing');
  // INFERRED: an unknown operation is "invalid for the current state" (statusCode 2); the table reads 10
  // (input validation error) as well: the other-open-choices variant answers that.
  return gwsError(400, otherReading ? 10 : 2, `Unsupported operationName ${JSON.stringify(name)}`);
}

/** The text a write without the CSRF token is answered with (S18). */
export const CSRF_ERROR = 'Missing or invalid Csrf token';

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

export function parseBasic(header: string | undefined): { username: string; password: string } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function readBody(req: IncomingMessage, bodyLimit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > bodyLimit) {
    req.resume();
    throw new HttpError(413, { statusCode: 10, statusMessage: `Request body over ${bodyLimit} bytes` } as Json, { Connection: 'close' });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > bodyLimit) tooLarge = true;
    else chunks.push(chunk);
    if (size > bodyLimit * 16) {
      req.destroy();
      break;
    }
  }
  if (tooLarge)
    throw new HttpError(413, { statusCode: 10, statusMessage: `Request body over ${bodyLimit} bytes` } as Json, { Connection: 'close' });
  return Buffer.concat(chunks);
}

export async function readJson(req: IncomingMessage, bodyLimit: number): Promise<Record<string, unknown>> {
  const body = await readBody(req, bodyLimit);
  const type = String(req.headers['content-type'] ?? '');
  if (!/^application\/json\b/i.test(type)) throw gwsError(415, 10, `Content-Type must be application/json (got ${type || 'none'})`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw gwsError(400, 10, 'Request body is not valid JSON');
  }
  if (!isObject(parsed)) throw gwsError(400, 10, 'Request body must be a JSON object');
  return parsed;
}

export async function readForm(req: IncomingMessage, bodyLimit: number): Promise<URLSearchParams> {
  const body = await readBody(req, bodyLimit);
  const type = String(req.headers['content-type'] ?? '');
  // GMS also takes multipart/form-data (S26); the simulator serves the url-encoded form only.
  if (!/^application\/x-www-form-urlencoded\b/i.test(type))
    throw gmsError(415, `Content-Type must be application/x-www-form-urlencoded (got ${type || 'none'})`);
  return new URLSearchParams(body.toString('utf8'));
}

export function send(res: ServerResponse, status: number, body: Json, headers: Record<string, string> = {}, done?: () => void): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text, done);
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  contentType: string,
  headers: Record<string, string> = {},
  done?: () => void,
): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text, done);
}
