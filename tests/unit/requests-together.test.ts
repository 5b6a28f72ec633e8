import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import { startRequestsTogether, startStrapiRequestsTogether } from '../../src/lib/platform/requests-together';

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** A request as the listener sees it: only its socket is touched here. */
const fakeRequest = (name: string) => {
  const socket = { destroyed: false, destroy: () => void (socket.destroyed = true) };
  return { name, socket } as unknown as IncomingMessage & { name: string; socket: { destroyed: boolean } };
};
const fakeResponse = {} as ServerResponse;

describe('requests read in one turn are started together', () => {
  it('starts none as it is read, then the turn’s requests in the order read, at most `max` a turn', async () => {
    const server = http.createServer();
    const started: string[] = [];
    server.on('request', (req: IncomingMessage & { name: string }) => started.push(req.name));
    startRequestsTogether(server, { max: 2, onError: () => undefined });

    for (const name of ['a', 'b', 'c', 'd', 'e']) server.emit('request', fakeRequest(name), fakeResponse);
    expect(started).toEqual([]);
    await turn();
    expect(started).toEqual(['a', 'b']);
    await turn();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    await turn();
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('closes the socket of a request whose listener throws and starts the others', async () => {
    const server = http.createServer();
    const started: string[] = [];
    const errors: unknown[] = [];
    server.on('request', (req: IncomingMessage & { name: string }) => {
      if (req.name === 'bad') throw new Error('listener failed');
      started.push(req.name);
    });
    startRequestsTogether(server, { max: 10, onError: (e) => errors.push(e) });
    const bad = fakeRequest('bad');
    for (const req of [fakeRequest('a'), bad, fakeRequest('b')]) server.emit('request', req, fakeResponse);
    await turn();
    expect(started).toEqual(['a', 'b']);
    expect(bad.socket.destroyed).toBe(true);
    expect(errors).toEqual([expect.objectContaining({ message: 'listener failed' })]);
  });

  it('puts the listeners back as they were when undone', async () => {
    const server = http.createServer();
    const started: string[] = [];
    server.on('request', (req: IncomingMessage & { name: string }) => started.push(req.name));
    const undo = startRequestsTogether(server, { max: 10, onError: () => undefined });
    undo();
    server.emit('request', fakeRequest('now'), fakeResponse);
    expect(started).toEqual(['now']);
    expect(server.listenerCount('request')).toBe(1);
  });

  it('answers every request of a real server, bodies whole, with requests arriving together', async () => {
    const server = http.createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ url: req.url, body: Buffer.concat(chunks).toString('utf8') }));
    });
    startRequestsTogether(server, { max: 3, onError: () => undefined });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as AddressInfo;
    try {
      const body = 'ร้องเรียน '.repeat(20_000); // several reads' worth, sent after the headers
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          fetch(`http://127.0.0.1:${port}/n/${i}`, { method: 'POST', body: `${i}:${body}` }).then(
            (r) => r.json() as Promise<{ url: string; body: string }>,
          ),
        ),
      );
      expect(answers.map((a) => a.url)).toEqual(Array.from({ length: 12 }, (_, i) => `/n/${i}`));
      expect(answers.every((a, i) => a.body === `${i}:${body}`)).toBe(true);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('is on by default on SQLite, off on PostgreSQL, and as configured when set', async () => {
    const startsAtOnce = (config: Record<string, unknown>) => {
      const server = http.createServer();
      const started: string[] = [];
      server.on('request', (req: IncomingMessage & { name: string }) => started.push(req.name));
      const strapi = { config: { get: (key: string) => config[key] }, server: { httpServer: server }, log: { error: () => undefined } };
      startStrapiRequestsTogether(strapi as unknown as Core.Strapi);
      server.emit('request', fakeRequest('x'), fakeResponse);
      return started.length === 1;
    };
    const client = 'database.connection.client';
    expect(startsAtOnce({ [client]: 'sqlite' })).toBe(false);
    expect(startsAtOnce({ [client]: 'postgres' })).toBe(true);
    expect(startsAtOnce({ [client]: 'sqlite', 'server.requestsTogether': 0 })).toBe(true);
    expect(startsAtOnce({ [client]: 'postgres', 'server.requestsTogether': 16 })).toBe(false);
  });
});
