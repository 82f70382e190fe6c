import { expect, test } from '@playwright/test';
import { readReportFormats } from './report-formats.ts';

test('GWS_REPORT_FORMATS: all three unset, the ones listed (any case, spaces), none for the summary alone', () => {
  expect([...readReportFormats({})].sort()).toEqual(['allure', 'html', 'junit']);
  expect([...readReportFormats({ GWS_REPORT_FORMATS: ' JUnit , html' })].sort()).toEqual(['html', 'junit']);
  expect([...readReportFormats({ GWS_REPORT_FORMATS: 'none' })]).toEqual([]);
  expect(() => readReportFormats({ GWS_REPORT_FORMATS: 'pdf' })).toThrow(/GWS_REPORT_FORMATS: unknown format "pdf"/);
  expect(() => readReportFormats({ GWS_REPORT_FORMATS: 'html,pdf,xml' })).toThrow(/unknown formats "pdf", "xml"/);
  expect(() => readReportFormats({ GWS_REPORT_FORMATS: ' , ' })).toThrow(/set but empty/);
});
