import { readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { markdownToHtml, section } from "./lib/markdown";

const TITLE = "Opening stories from other tools";

/** `formats.html`: the README's section on import formats, linked from the open dialog. */
export function formatsPageHtml(readme: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${TITLE}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f24; background: #fff; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #c9ced6; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
code { background: #eef0f2; padding: 0 0.2rem; border-radius: 3px; }
pre { background: #eef0f2; padding: 0.75rem; overflow: auto; }
</style>
</head>
<body>
<p><a href="./">← Back to the explorer</a></p>
${markdownToHtml(section(readme, TITLE)).replace('href="#dataset-format"', 'href="#"')}
</body>
</html>
`;
}

export function formatsPage(readmePath: string): Plugin {
  const page = () => formatsPageHtml(readFileSync(readmePath, "utf8"));
  return {
    name: "formats-page",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split("?")[0] !== "/formats.html") return next();
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.end(page());
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "formats.html", source: page() });
    },
  };
}
