/**
 * The benchmark's customer, in its own process so that its requests do not share the recorder's
 * event loop: sends N chat messages through the GMS Chat API v2, one every PACE ms (0: back to back).
 *
 *   node --import tsx helpers/cli/bench-customer.ts <gmsServiceUrl> <chatId> <count> <paceMs>
 *   with userId, secureKey and alias in the environment (BENCH_USER_ID, BENCH_SECURE_KEY, BENCH_ALIAS),
 *   never on the command line.
 */
const [, , serviceUrl, chatId, count, pace] = process.argv;
const secrets = new URLSearchParams({
  userId: process.env.BENCH_USER_ID ?? '',
  secureKey: process.env.BENCH_SECURE_KEY ?? '',
  alias: process.env.BENCH_ALIAS ?? '',
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
for (let i = 0; i < Number(count); i++) {
  const started = performance.now();
  const body = new URLSearchParams(secrets);
  body.set('message', `m${i}`);
  const response = await fetch(`${serviceUrl}/${encodeURIComponent(chatId)}/send`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  });
  if (response.status !== 200) {
    console.error(`bench customer: send ${i} answered HTTP ${response.status}`);
    process.exit(1);
  }
  await response.text();
  const rest = Number(pace) - (performance.now() - started);
  if (rest > 0) await sleep(rest);
}
