// The parts of faye 1.4 the reference target and its tests use (faye ships no types).
declare module 'faye' {
  import type { IncomingMessage, Server } from 'node:http';

  export interface BayeuxMessage {
    channel: string;
    clientId?: string;
    id?: string;
    data?: unknown;
    subscription?: string | string[];
    error?: string;
    successful?: boolean;
    ext?: Record<string, unknown>;
    supportedConnectionTypes?: string[];
    advice?: { reconnect?: 'retry' | 'handshake' | 'none'; interval?: number; timeout?: number };
  }

  type Pipe = (message: BayeuxMessage | null) => void;

  export interface Extension {
    incoming?(message: BayeuxMessage, request: IncomingMessage | null, callback: Pipe): void;
    outgoing?(message: BayeuxMessage, request: IncomingMessage | null, callback: Pipe): void;
  }

  export interface Subscription extends PromiseLike<void> {
    cancel(): void;
  }

  export class Client {
    constructor(endpoint: string, options?: { timeout?: number; retry?: number });
    publish(channel: string, data: unknown): PromiseLike<void>;
    subscribe(channel: string, callback: (data: unknown) => void): Subscription;
    setHeader(name: string, value: string): void;
    disable(feature: string): void;
    addExtension(extension: Extension): void;
    disconnect(): void;
  }

  export class NodeAdapter {
    constructor(options: { mount: string; timeout?: number });
    attach(server: Server): void;
    addExtension(extension: Extension): void;
    getClient(): Client;
    close(): void;
    on(event: 'handshake' | 'disconnect', listener: (clientId: string) => void): void;
  }
}
