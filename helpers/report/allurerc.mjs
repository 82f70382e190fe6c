/**
 * Allure 3 configuration of the conformance report (npm run conformance builds it offline): results
 * are grouped by requirement ID (the `requirement` labels specs/verdicts.ts sets), so the report has a
 * view per requirement, each listing the tests that decided it. Each build appends to Allure's
 * history file (reports/history.jsonl, or GWS_ALLURE_HISTORY: helpers/report/report-files.ts passes
 * it), so a CI job that keeps the file between runs gets trends.
 */
export default {
  name: 'gws-chat-conformance',
  plugins: {
    awesome: {
      options: {
        reportName: 'gws-chat-conformance',
        groupBy: ['requirement'],
      },
    },
  },
};
