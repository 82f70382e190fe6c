/**
 * Names the documented contract fixes, shared by everything that speaks it: the CometD endpoint of a
 * GWS server and the channel chat notifications arrive on (S14, S15; reference §10).
 */

/** The CometD endpoint path on a GWS server. */
export const NOTIFICATIONS_PATH = '/api/v2/notifications';

/** The Bayeux channel of an agent's chat notifications. */
export const CHATS_CHANNEL = '/v2/me/chats';
