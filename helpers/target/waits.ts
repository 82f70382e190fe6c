/**
 * The waits the suite gives a target, and their floors: what config.ts applies and the settings table
 * says (both read them from here).
 */

/**
 * Floors that keep a setting from switching a check off: a shorter quiet window cannot show an extra
 * notification (ACCEPT-QUIET-01) or a change after a failed Accept (ACCEPT-ERR-06); a shorter wait for
 * the notifications would fail a server whose notifications legitimately trail the response.
 */
export const MIN_QUIET_WINDOW_MS = 500;
export const MIN_NOTIFICATION_TIMEOUT_MS = 1000;

/**
 * The default waits: for a real server (notifications may trail the Accept response by seconds), and for
 * the embedded simulator (local, no network between), unless a legal variant switched on imitates a
 * real server's delays (helpers/target/embedded-simulator.ts then uses the real server's).
 */
export const REAL_SERVER_WAITS = { notificationTimeoutMs: 5_000, quietWindowMs: 1_000 } as const;
export const SIMULATOR_WAITS = { notificationTimeoutMs: 2_000, quietWindowMs: 500 } as const;

/**
 * How long after a conversation turn's first notification the turn may still send, on the embedded
 * simulator: it sends an operation's notifications as it answers (a deviation that sends anything later
 * declares it, and the turns then wait the quiet window: helpers/target/embedded-simulator.ts). The
 * turns follow each other at once all the same; this bounds what a turn may still send, and a turn
 * taken again with windows waits it. On a server: the quiet window, what a server may send late.
 */
export const SIMULATOR_TURN_WINDOW_MS = 150;
