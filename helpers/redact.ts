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
const SECRET_KEYS = new Set(['password', 'securekey', 'userid', 'jsessionid', 'x-csrf-token', 'csrftoken', 'authorization', 'cookie', 'set-cookie']);

/** Secrets inside free text: cookie pairs, Basic/Bearer credentials, form fields, CSRF headers. */
const TEXT_PATTERNS: [RegExp, string][] = [
  [/(JSESSIONID|BAYEUX_BROWSER)=[^;,\s&"']+/gi, `$1=${REDACTED}`],
  [/\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]+/g, `$1 ${REDACTED}`],
  [/\b(secureKey|userId|password)=[^&\s"']*/gi, `$1=${REDACTED}`],
  [/("(?:secureKey|userId|password)"\s*:\s*)"[^"]*"/gi, `$1"${REDACTED}"`],
  [/(X-CSRF-TOKEN\s*[:=]\s*)[^\s,;"']+/gi, `$1${REDACTED}`],
];

/** Literal secret values registered at run time (the configured passwords, issued tokens, ...). */
const knownSecrets = new Set<string>();

/** Registers a value that must never be written, wherever it shows up. Values shorter than 6 characters are refused. */
export function registerSecret(value: string | undefined | null): void {
  if (value && value.length >= 6) knownSecrets.add(value);
}

export function redactText(text: string): string {
  if (UNSAFE) return text;
  let out = text;
  for (const [pattern, replacement] of TEXT_PATTERNS) out = out.replace(pattern, replacement);
  for (const secret of knownSecrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
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
