/**
 * The one redaction function every writer uses (logs, transcripts, reports, attachments): passwords,
 * Authorization, Cookie / Set-Cookie, JSESSIONID, X-CSRF-TOKEN, and the GMS customer secrets secureKey
 * and userId never leave the process in clear.
 */
export const REDACTED = '[REDACTED]';

/**
 * GWS_UNSAFE_NO_REDACTION=1 switches redaction off. It exists for one purpose: the suite's own test
 * that proves its secrets scan finds secrets when nothing removes them. Never set it anywhere else.
 */
const UNSAFE = process.env.GWS_UNSAFE_NO_REDACTION === '1';

/** Header names (lower case) whose values are secrets. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-csrf-token']);

/** Object keys whose values are secrets, wherever they appear (lower case). */
const SECRET_KEYS = new Set([
  'password',
  'securekey',
  'userid',
  'jsessionid',
  'x-csrf-token',
  'csrftoken',
  'authorization',
  'cookie',
  'set-cookie',
]);

/**
 * Whether the word after "Basic" is a credential: base64 of printable `user:password`. Prose ("Basic
 * credentials on every request") is not.
 */
export function isBasicCredential(token: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(token)) return false;
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  return decoded.includes(':') && [...decoded].every((c) => c >= ' ' && c !== '\u007f' && c !== '\ufffd');
}

/** Secrets inside free text: cookie pairs, Basic/Bearer credentials, form fields, CSRF headers. */
const TEXT_PATTERNS: [RegExp, string | ((match: string, ...groups: string[]) => string)][] = [
  [/(JSESSIONID|BAYEUX_BROWSER)=[^;,\s&"']+/gi, `$1=${REDACTED}`],
  [/\bBasic\s+([A-Za-z0-9+/=._~-]+)/g, (match, token) => (isBasicCredential(token) ? `Basic ${REDACTED}` : match)],
  [/\bBearer\s+[A-Za-z0-9+/=._~-]+/g, `Bearer ${REDACTED}`],
  [/\b(secureKey|userId|password)=[^&\s"']*/gi, `$1=${REDACTED}`],
  [/("(?:secureKey|userId|password)"\s*:\s*)"[^"]*"/gi, `$1"${REDACTED}"`],
  [/(X-CSRF-TOKEN\s*[:=]\s*)[^\s,;"']+/gi, `$1${REDACTED}`],
];

/**
 * Literal secret values registered at run time. Passwords (permanent, any characters) are looked for
 * as substrings. Session values (JSESSIONID, CSRF tokens, secureKey, userId: single tokens of letters,
 * digits, - and _, already redacted by header and key names; this is the second line) are looked up
 * token by token in a set, the most recent MAX_SESSION_SECRETS of them.
 */
const MAX_SESSION_SECRETS = 4096;
const permanentSecrets = new Set<string>();
const sessionSecrets = new Set<string>();
const TOKEN = /[A-Za-z0-9_-]{6,}/g;
/** Strings without any of these words cannot match TEXT_PATTERNS: they skip them. */
const TRIGGER = /jsessionid|bayeux_browser|basic|bearer|securekey|userid|password|csrf/i;

/** Registers a value that must never be written, wherever it shows up. Values shorter than 6 characters are refused. */
export function registerSecret(value: string | undefined | null, kind: 'permanent' | 'session' = 'session'): void {
  if (!value || value.length < 6 || permanentSecrets.has(value) || sessionSecrets.has(value)) return;
  if (kind === 'permanent' || !/^[A-Za-z0-9_-]+$/.test(value)) permanentSecrets.add(value);
  else {
    sessionSecrets.add(value);
    if (sessionSecrets.size > MAX_SESSION_SECRETS) sessionSecrets.delete(sessionSecrets.values().next().value as string);
  }
}

export function redactText(text: string): string {
  if (UNSAFE || text.length < 6) return text;
  let out = text;
  if (TRIGGER.test(out))
    for (const [pattern, replacement] of TEXT_PATTERNS)
      out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
  for (const secret of permanentSecrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  if (sessionSecrets.size > 0) out = out.replace(TOKEN, (token) => (sessionSecrets.has(token) ? REDACTED : token));
  return out;
}

export function redactHeaders(headers: Record<string, string | string[] | number | undefined>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    if (SECRET_HEADERS.has(name.toLowerCase()) && !UNSAFE) out[name] = REDACTED;
    else out[name] = Array.isArray(value) ? value.map((v) => redactText(v)) : redactText(String(value));
  }
  return out;
}

/** A deep copy of `value` with every secret replaced by [REDACTED]. */
export function redact<T>(value: T): T {
  if (UNSAFE) return structuredClone(value);
  return redactValue(value, 0) as T;
}

function redactValue(value: unknown, depth: number): unknown {
  if (depth > 64) return REDACTED;
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      out[key] = SECRET_KEYS.has(key.toLowerCase()) && v !== undefined && v !== null ? REDACTED : redactValue(v, depth + 1);
    }
    return out;
  }
  return value;
}
