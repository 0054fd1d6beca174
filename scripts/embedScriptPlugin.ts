import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Plugin, type Rollup } from "vite";

const ENTRY = fileURLToPath(new URL("../src/embed/hostScript.ts", import.meta.url));

/** The host script as one self-contained classic script (an IIFE), minified. */
export async function buildEmbedScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: "warn",
    build: {
      write: false,
      target: "es2019",
      minify: true,
      lib: {
        entry: ENTRY,
        formats: ["iife"],
        name: "kurilEmbedScript",
        fileName: () => "embed.js",
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === "chunk");
  if (chunk?.type !== "chunk") throw new Error("embed.js: the build gave no script");
  return chunk.code;
}

/**
 * Emits `embed.js`, the script host pages load beside an embed, built on its
 * own (no chunk shared with the app, so it loads as a plain `<script>`), and
 * serves it in development too.
 */
export function embedScript(): Plugin {
  return {
    name: "embed-script",
    async generateBundle() {
      const code = await buildEmbedScript();
      this.emitFile({ type: "asset", fileName: "embed.js", source: code });
      const gzipped = gzipSync(code).length;
      this.info(`embed.js: ${code.length} bytes, ${gzipped} bytes gzipped`);
    },
    configureServer(server) {
      server.middlewares.use("/embed.js", (_request, response, next) => {
        buildEmbedScript().then((code) => {
          response.setHeader("Content-Type", "text/javascript");
          response.end(code);
        }, next);
      });
    },
  };
}
