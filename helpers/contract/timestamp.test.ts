import { expect, test } from '@playwright/test';
import { formatGwsTimestamp, gwsTimestampToEpochMs, isGwsTimestamp } from './timestamp.ts';
import { validate } from './validator.ts';

const accepted = [
  ['2014-01-02T14:23:18.000-0800', 'Accept page form (seed)'],
  ['2014-01-09 11:58:12.035+0200', 'SendMessage page form (S8)'],
  ['2024-02-29T23:59:59.999+0000', 'leap day, end of day'],
  ['2014-12-31 00:00:00.000+1400', 'largest real offset'],
  ['2014-06-30T12:00:00.000-1800', 'largest Java ZoneOffset'],
  ['2014-01-02T14:23:18.000+0530', 'half-hour offset'],
];

const rejected = [
  ['2014-01-02T14:23:18.000-08:00', 'colon in offset (ISO extended)'],
  ['2014-01-02T22:23:18.000Z', 'Z instead of an offset'],
  ['2014-01-02T14:23:18-0800', 'no milliseconds'],
  ['2014-01-02T14:23:18.0000-0800', 'four fraction digits'],
  ['2014-01-02T14:23:18.00-0800', 'two fraction digits'],
  ['2014-01-0214:23:18.000-0800', 'no separator (docs transcription defect)'],
  ['2014-01-02t14:23:18.000-0800', 'lower-case t'],
  ['2014-01-02T14:23:18.000', 'no offset'],
  ['2014-13-02T14:23:18.000-0800', 'month 13'],
  ['2014-00-02T14:23:18.000-0800', 'month 0'],
  ['2014-04-31T14:23:18.000-0800', '31 April'],
  ['2023-02-29T14:23:18.000-0800', '29 February in a common year'],
  ['2014-01-00T14:23:18.000-0800', 'day 0'],
  ['2014-01-02T24:00:00.000-0800', 'hour 24'],
  ['2014-01-02T14:60:18.000-0800', 'minute 60'],
  ['2014-01-02T14:23:60.000-0800', 'second 60'],
  ['2014-01-02T14:23:18.000+1900', 'offset beyond ±18:00'],
  ['2014-01-02T14:23:18.000+0160', 'offset minutes 60'],
  [' 2014-01-02T14:23:18.000-0800', 'leading space'],
  ['2014-01-02T14:23:18.000-0800\n', 'trailing newline'],
  ['14-01-02T14:23:18.000-0800', 'two-digit year'],
  ['1388701398000', 'epoch milliseconds as a string'],
  ['', 'empty'],
];

test.describe('gws-timestamp format', () => {
  for (const [value, why] of accepted) {
    test(`accepts ${why}: ${value}`, () => {
      expect(isGwsTimestamp(value)).toBe(true);
    });
  }
  for (const [value, why] of rejected) {
    test(`rejects ${why}: ${JSON.stringify(value)}`, () => {
      expect(isGwsTimestamp(value)).toBe(false);
    });
  }

  test('the two documented forms name the instants the docs pair them with', () => {
    // S8 prints timestamp and timestampSeconds (epoch ms) of the same message side by side.
    expect(gwsTimestampToEpochMs('2014-01-09 11:58:12.035+0200')).toBe(1389261492035);
    expect(gwsTimestampToEpochMs('2014-01-02T14:23:18.000-0800')).toBe(Date.parse('2014-01-02T22:23:18.000Z'));
    expect(gwsTimestampToEpochMs('2014-01-02T14:23:18.000-08:00')).toBeNull();
  });

  test('is the format the schemas use for message timestamps', () => {
    const entry = (timestamp: string) => ({
      messageType: 'MessageLogUpdated',
      notificationType: 'NewMessages',
      chatUri: 'http://localhost:8080/api/v2/chats/1',
      messages: [
        { index: 1, type: 'Text', text: 'hi', visibility: 'All', timestamp, from: { type: 'Customer', nickname: 'P', participantId: '1' } },
      ],
    });
    expect(validate('MessageLogUpdated', entry(accepted[1][0])).ok).toBe(true);
    const bad = validate('MessageLogUpdated', entry(rejected[0][0]));
    expect(bad.errors.map((e) => `${e.pointer} ${e.keyword}`)).toEqual(['/messages/0/timestamp format']);
  });
});

test('the formatter writes each documented form, and what it writes reads back as the same instant', () => {
  const instant = Date.UTC(2014, 0, 2, 22, 23, 18, 0);
  expect(formatGwsTimestamp(instant, -480)).toBe('2014-01-02T14:23:18.000-0800');
  expect(formatGwsTimestamp(Date.UTC(2014, 0, 9, 9, 58, 12, 35), 120, ' ')).toBe('2014-01-09 11:58:12.035+0200');
  expect(formatGwsTimestamp(instant, 330)).toBe('2014-01-03T03:53:18.000+0530');
  expect(formatGwsTimestamp(instant, -570)).toBe('2014-01-02T12:53:18.000-0930');
  for (const offset of [-720, -570, -480, 0, 60, 330, 840])
    for (const ms of [0, instant, Date.UTC(2024, 1, 29, 23, 59, 59, 999)]) {
      const text = formatGwsTimestamp(ms, offset);
      expect(isGwsTimestamp(text), text).toBe(true);
      expect(gwsTimestampToEpochMs(text), text).toBe(ms);
    }
});
