import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Core } from '@strapi/strapi';

/**
 * Requests that arrive in one turn of the event loop are started together, in the check phase after it,
 * instead of each as soon as its headers are read.
 *
 * Node starts a request inside the read of its socket, so on SQLite (whose reads do not leave the turn)
 * a request ran whole before the next was even parsed, and every request ran the whole of the server's
 * code on its own. Started together, the requests of one turn take each step one after another (knex,
 * the sanitizer, the JSON of each page): the officer list under the bench's 10 connections used ~20–35 %
 * less CPU a request (docs/performance.md, "Requests started together"). It also ends a queueing
 * artefact: the socket answered last in a turn sent its next request just after the server had looked
 * for ready sockets, and epoll then kept it behind the others again, so one connection in ten waited two
 * rounds (the list's p95 was about twice its median).
 *
 * Nothing else changes for a request: its body stays in the socket's stream until a middleware reads it, and
 * its order among the turn's requests is the order Node read them.
 */

type Listener = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface RequestsTogether {
  /** Requests started in one check phase at most; more wait for the next. */
  max: number;
  /** A listener that throws: the request's socket is closed, the other requests go on. */
  onError: (error: unknown) => void;
}

/** Installs the batching on `server`'s request listeners; returns what puts them back. */
export function startRequestsTogether(server: Server, { max, onError }: RequestsTogether): () => void {
  const listeners = server.listeners('request') as Listener[];
  const waiting: Array<[IncomingMessage, ServerResponse]> = [];
  let scheduled = false;

  const start = () => {
    scheduled = false;
    const now = waiting.splice(0, max);
    if (waiting.length) schedule();
    for (const [req, res] of now) {
      try {
        for (const listener of listeners) listener.call(server, req, res);
      } catch (error) {
        onError(error);
        req.socket.destroy();
      }
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(start);
  };
  const take: Listener = (req, res) => {
    waiting.push([req, res]);
    schedule();
  };

  server.removeAllListeners('request');
  server.on('request', take);
  return () => {
    server.off('request', take);
    for (const listener of listeners) server.on('request', listener);
  };
}

/**
 * As configured (`server.requestsTogether`, env SERVER_REQUESTS_TOGETHER; 0: each request at once). Unset, on
 * SQLite only: on PostgreSQL the turn's requests, started together, also sent their queries together and then
 * waited together, where one at a time kept Node and the database busy side by side (officer list ~15 %
 * slower in A/B).
 */
export function startStrapiRequestsTogether(strapi: Core.Strapi): void {
  const sqlite = strapi.config.get('database.connection.client') === 'sqlite';
  const max = Number(strapi.config.get('server.requestsTogether') ?? (sqlite ? 64 : 0));
  if (max > 0) startRequestsTogether(strapi.server.httpServer, { max, onError: (error) => strapi.log.error(error) });
}
