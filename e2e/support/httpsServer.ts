/**
 * A real HTTPS server on 127.0.0.1 for datasets from "another site", with a
 * self-signed certificate made by `openssl` when it starts. The browser
 * context must accept it (`ignoreHTTPSErrors: true`).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeServer } from "./closeServer";

export interface HttpsSite {
  origin: string;
  /** Serve `body` at `path` (JSON or plain text by the extension). */
  put: (path: string, body: string) => void;
  close: () => Promise<void>;
}

function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), "e2e-cert-"));
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    return { key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startHttpsSite(port: number): Promise<HttpsSite> {
  const files = new Map<string, string>();
  const server: Server = createServer(selfSigned(), (request, response) => {
    const path = new URL(request.url ?? "/", "https://127.0.0.1").pathname;
    const body = files.get(path);
    // Another site that allows the app to read its files, as a newsroom's data host would.
    response.setHeader("Access-Control-Allow-Origin", "*");
    if (body === undefined) {
      response.writeHead(404).end("not found");
      return;
    }
    const type = path.endsWith(".json") ? "application/json" : "text/plain; charset=utf-8";
    response.writeHead(200, { "Content-Type": type }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    origin: `https://127.0.0.1:${port}`,
    put: (path, body) => files.set(path, body),
    close: () => closeServer(server),
  };
}
