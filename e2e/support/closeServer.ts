import type { Server as HttpServer } from "node:http";
import type { Server as HttpsServer } from "node:https";

/**
 * Stop a test's server. The worker's browser context outlives the test (`reuseContext`) and keeps
 * its keep-alive connections open, so they are ended here: `close` alone would wait for them.
 */
export function closeServer(server: HttpServer | HttpsServer): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
