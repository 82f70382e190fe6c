/**
 * Names the documented contract fixes, shared by everything that speaks it: the CometD endpoint of a
 * GWS server and the channel chat notifications arrive on (S14, S15; reference §10).
 */

/** The CometD endpoint path on a GWS server. */
export const NOTIFICATIONS_PATH = '/api/v2/notifications';

/** The Bayeux channel of an agent's chat notifications. */
export const CHATS_CHANNEL = '/v2/me/chats';

/**
 * HTTP statuses a gateway answers when the server behind it is unreachable (bad gateway, unavailable,
 * gateway timeout): GWS documents none of them (fact sheet §7.2), so such an answer is the network's,
 * never the contract's.
 */
export const GATEWAY_STATUSES: readonly number[] = [502, 503, 504];

/** statusCode 20 of the Return Values table: the user is not authenticated (S17). */
export const NOT_AUTHENTICATED = 20;
