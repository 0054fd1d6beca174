/**
 * A tiny static file server for `dist/`, on loopback only, on the first free
 * port in 4300–4399. No caching. No compression by default (the benchmark
 * gzips response bodies itself when it measures download size); with
 * `gzip: true`, text is gzipped on the way out, as a production server would
 * (Lighthouse measures a phone's download with it).
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { createGzip } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json",
  ".pbf": "application/x-protobuf",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  origin: string;
  port: number;
  close: () => Promise<void>;
}

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = normalize(join(root, decoded));
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    const info = await stat(file);
    if (info.isFile()) return file;
    if (info.isDirectory()) {
      const index = join(file, "index.html");
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return null;
  }
  return null;
}

function listen(server: Server, port: number): Promise<boolean> {
  return new Promise((done) => {
    const onError = () => {
      server.off("listening", onListening);
      done(false);
    };
    const onListening = () => {
      server.off("error", onError);
      done(true);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, "127.0.0.1");
  });
}

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|javascript)|image\/svg)/;

export async function serveStatic(
  dir: string,
  ports = { from: 4300, to: 4399 },
  options: { gzip?: boolean } = {},
): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    resolveFile(root, path).then(
      (file) => {
        if (!file) {
          response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
          response.end(`not found: ${path}`);
          return;
        }
        const type = TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
        const gzip =
          options.gzip === true &&
          COMPRESSIBLE.test(type) &&
          /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
        response.writeHead(200, {
          "content-type": type,
          "cache-control": "no-store",
          ...(gzip && { "content-encoding": "gzip", vary: "accept-encoding" }),
        });
        if (request.method === "HEAD") response.end();
        else if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
        else createReadStream(file).pipe(response);
      },
      (error: unknown) => {
        response.writeHead(500);
        response.end(String(error));
      },
    );
  });
  for (let port = ports.from; port <= ports.to; port++) {
    if (await listen(server, port)) {
      return {
        origin: `http://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      };
    }
  }
  throw new Error(`no free port in ${ports.from}–${ports.to} on 127.0.0.1`);
}
