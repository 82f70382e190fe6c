/**
 * The `gws-timestamp` format: local time with a numeric UTC offset, in exactly one of the two forms the
 * GWS docs print (pattern yyyy-MM-dd'T'HH:mm:ss.SSSZ or yyyy-MM-dd HH:mm:ss.SSSZ):
 *
 *   2014-01-02T14:23:18.000-0800   Accept page (seed 000_33ced99414d36d03, S1)
 *   2014-01-09 11:58:12.035+0200   SendMessage page (S8)
 *
 * Anything else is rejected: ISO forms with a colon in the offset or a `Z`, missing milliseconds, the
 * docs' transcription defect without the date/time separator (2014-05-1502:24:00.000-0700), and values
 * that match the shape but name no real instant (month 13, 31 April, hour 24, offset +2500).
 */
export const GWS_TIMESTAMP_FORMAT = 'gws-timestamp';

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})\.(\d{3})([+-])(\d{2})(\d{2})$/;

/** Largest UTC offset a Java ZoneOffset (the server side's formatter) can produce: ±18:00. */
const MAX_OFFSET_HOURS = 18;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isGwsTimestamp(value: string): boolean {
  const m = SHAPE.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second, , , offH, offM] = m.slice(1).map(Number) as number[];
  if (month < 1 || month > 12) return false;
  if (day < 1 || day > daysInMonth(year, month)) return false;
  if (hour > 23 || minute > 59 || second > 59) return false;
  if (offH > MAX_OFFSET_HOURS || offM > 59) return false;
  return true;
}

/** Epoch milliseconds of a valid gws-timestamp, or null. */
export function gwsTimestampToEpochMs(value: string): number | null {
  if (!isGwsTimestamp(value)) return null;
  const m = SHAPE.exec(value)!;
  const [year, month, day, hour, minute, second, ms] = m.slice(1, 8).map(Number) as number[];
  const sign = m[8] === '-' ? -1 : 1;
  const offsetMinutes = sign * (Number(m[9]) * 60 + Number(m[10]));
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000;
}

/**
 * Formats the instant `ms` (epoch milliseconds) as a gws-timestamp at UTC offset `offsetMinutes`, with
 * `separator` between date and time ('T', as the Accept page prints it, or ' ' as the SendMessage page).
 */
export function formatGwsTimestamp(ms: number, offsetMinutes: number, separator = 'T'): string {
  const t = new Date(ms + offsetMinutes * 60_000);
  const p = (v: number, w = 2) => String(Math.abs(v)).padStart(w, '0');
  const date = `${t.getUTCFullYear()}-${p(t.getUTCMonth() + 1)}-${p(t.getUTCDate())}`;
  const time = `${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())}.${p(t.getUTCMilliseconds(), 3)}`;
  const offset = `${offsetMinutes >= 0 ? '+' : '-'}${p(Math.trunc(offsetMinutes / 60))}${p(offsetMinutes % 60)}`;
  return `${date}${separator}${time}${offset}`;
}

/** A documented timestamp (either form) shifted by `ms`, in the same form and offset. */
export function shiftTimestamp(ts: string, ms: number): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})([T ]?)(\d{2}):(\d{2}):(\d{2})\.(\d{3})([+-])(\d{2}):?(\d{2})$/.exec(ts);
  if (!m) return undefined;
  const [, y, mo, d, sep, h, mi, s, frac, sign, oh, om] = m;
  // The instant shifted, printed again in the same form and offset.
  const offset = (sign === '-' ? -1 : 1) * (+oh * 60 + +om);
  const shifted = formatGwsTimestamp(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, +frac) - offset * 60_000 + ms, offset, sep);
  return ts.slice(-3, -2) === ':' ? `${shifted.slice(0, -2)}:${shifted.slice(-2)}` : shifted;
}
