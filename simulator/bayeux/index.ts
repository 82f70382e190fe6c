/**
 * The Bayeux bridge of the simulator, on the backend asked for (bridge.ts says what every backend does).
 */
import type { BayeuxBackend, BayeuxBridge, BayeuxOptions } from './bridge.ts';
import { cometdBackend } from './cometd.ts';
import { fayeBackend } from './faye.ts';

export { BAYEUX_BACKENDS, type BayeuxBackend, type BayeuxBridge } from './bridge.ts';

export function createBayeuxBridge(backend: BayeuxBackend, options: BayeuxOptions): BayeuxBridge {
  return backend === 'faye' ? fayeBackend(options) : cometdBackend(options);
}
