/** The part of faye 1.4 (no type definitions of its own) the faye backend uses. */
declare module 'faye' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  import type { Duplex } from 'node:stream';

  export interface FayeMessage {
    channel: string;
    clientId?: string;
    subscription?: string | string[];
    data?: unknown;
    error?: string;
    successful?: boolean;
    ext?: Record<string, unknown>;
    [key: string]: unknown;
  }

  export interface FayeExtension {
    incoming?(message: FayeMessage, request: IncomingMessage | null, callback: (message: FayeMessage) => void): void;
    outgoing?(message: FayeMessage, request: IncomingMessage | null, callback: (message: FayeMessage) => void): void;
  }

  export interface FayeClient {
    publish(channel: string, data: unknown): unknown;
  }

  export class NodeAdapter {
    constructor(options: { mount: string; timeout?: number; ping?: number });
    addExtension(extension: FayeExtension): void;
    handle(request: IncomingMessage, response: ServerResponse): void;
    handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
    getClient(): FayeClient;
    on(event: 'disconnect', listener: (clientId: string) => void): void;
    close(): void;
  }

  const faye: { NodeAdapter: typeof NodeAdapter; logger?: unknown };
  export default faye;
}
