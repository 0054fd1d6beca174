/**
 * Just enough Markdown for the README's sections shown in the app
 * (`formats.html`): headings with GitHub's anchors, paragraphs, lists,
 * tables, fenced code, `code`, **bold**, _emphasis_ and [links](…). Every
 * text is escaped first, so the README can hold no markup of its own.
 */
import { escapeHtml } from "../../src/url/escapeHtml";

/** GitHub's heading anchors: lowercase, punctuation dropped, spaces to hyphens. */
export function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

function inline(text: string): string {
  const codes: string[] = [];
  let out = escapeHtml(text).replace(/`([^`]+)`/g, (_, code: string) => {
    codes.push(`<code>${code}</code>`);
    return `\uE000${codes.length - 1}\uE000`;
  });
  out = out
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[\s(])_([^_]+)_(?=[\s).,;:]|$)/g, "$1<em>$2</em>")
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => {
      const safe = /^(https?:|#|\.{0,2}\/|[\w-]+\.[\w]+)/.test(href) ? href : "#";
      return `<a href="${safe}">${label}</a>`;
    });
  return out.replace(/\uE000(\d+)\uE000/g, (_, i: string) => codes[Number(i)] ?? "");
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((cell) => cell.trim());

export function markdownToHtml(markdown: string): string {
  const lines = markdown.split(/\r?\n/);
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (line.trim() === "") {
      i++;
    } else if (line.startsWith("```")) {
      const code: string[] = [];
      for (i++; i < lines.length && !(lines[i] ?? "").startsWith("```"); i++)
        code.push(lines[i] ?? "");
      i++;
      out.push(`<pre><code>${escapeHtml(code.join("\n"))}</code></pre>`);
    } else if (heading) {
      const level = heading[1]?.length ?? 2;
      const text = heading[2] ?? "";
      out.push(`<h${level} id="${anchorOf(text)}">${inline(text)}</h${level}>`);
      i++;
    } else if (line.trimStart().startsWith("|")) {
      const rows: string[][] = [];
      for (; i < lines.length && (lines[i] ?? "").trimStart().startsWith("|"); i++)
        rows.push(cells(lines[i] ?? ""));
      const [head = [], , ...body] = rows;
      out.push(
        `<table><thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join("")}</tr></thead><tbody>${body
          .map((row) => `<tr>${row.map((c) => `<td>${inline(c)}</td>`).join("")}</tr>`)
          .join("")}</tbody></table>`,
      );
    } else if (/^\s*[-*]\s/.test(line)) {
      const items: string[] = [];
      for (
        ;
        i < lines.length && (lines[i] ?? "").trim() !== "" && !/^#/.test(lines[i] ?? "");
        i++
      ) {
        const item = lines[i] ?? "";
        if (/^\s*[-*]\s/.test(item)) items.push(item.replace(/^\s*[-*]\s/, ""));
        else items[items.length - 1] += ` ${item.trim()}`;
      }
      out.push(`<ul>${items.map((item) => `<li>${inline(item)}</li>`).join("")}</ul>`);
    } else {
      const paragraph: string[] = [];
      for (
        ;
        i < lines.length &&
        (lines[i] ?? "").trim() !== "" &&
        !/^(#|\||```|\s*[-*]\s)/.test(lines[i] ?? "");
        i++
      ) {
        paragraph.push((lines[i] ?? "").trim());
      }
      out.push(`<p>${inline(paragraph.join(" "))}</p>`);
    }
  }
  return out.join("\n");
}

/** The README's section under `## title`, to the next `## `. */
export function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README has no section "## ${title}"`);
  const end = markdown.indexOf("\n## ", start + 4);
  return markdown.slice(start + 1, end < 0 ? undefined : end);
}
