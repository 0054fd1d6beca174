/**
 * A tiny static file server for `dist/`, on loopback only, on the first free
 * port in 4300–4399. No compression and no caching: the benchmark gzips
 * response bodies itself when it measures download size.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

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

export async function serveStatic(
  dir: string,
  ports = { from: 4300, to: 4399 },
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
        response.writeHead(200, {
          "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
          "cache-control": "no-store",
        });
        if (request.method === "HEAD") response.end();
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
