import { Code, List, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/**
 * The help articles' Markdown, the small subset they are written in: `##`/`###` headings, `-` and
 * `1.` lists, paragraphs, `**bold**` and `` `code` ``. It becomes React elements, so the text is
 * always escaped: nothing in an article can run as HTML.
 */

type Block =
  | { kind: "heading"; level: 2 | 3; text: string }
  | { kind: "list"; ordered: boolean; items: string[] }
  | { kind: "paragraph"; text: string };

const bullet = /^\s*[-*+]\s+(.*)$/;
const numbered = /^\s*\d+[.)]\s+(.*)$/;
const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: "paragraph", text: paragraph.join(" ") });
    if (list) blocks.push({ kind: "list", ...list });
    paragraph = [];
    list = null;
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line.trim() === "") {
      flush();
      continue;
    }
    const h = heading.exec(line);
    if (h) {
      flush();
      // The article's title is the page's h1: its headings start at h2.
      blocks.push({ kind: "heading", level: h[1]!.length <= 2 ? 2 : 3, text: h[2]! });
      continue;
    }
    const item = bullet.exec(line) ?? numbered.exec(line);
    if (item) {
      const ordered = !bullet.test(line);
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[1]!);
      continue;
    }
    // A line that continues the previous list item (a wrapped line).
    if (list && /^\s+/.test(raw) && list.items.length > 0) {
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    if (list) flush();
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

/** `**bold**` and `` `code` `` inside a line; everything else stays text. */
export function renderInline(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  const pattern = /\*\*(.+?)\*\*|`([^`]+)`/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    if (match[1] !== undefined) parts.push(<strong key={at}>{match[1]}</strong>);
    else parts.push(<Code key={at}>{match[2]}</Code>);
    last = at + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

export function HelpMarkdown({ source }: { source: string }) {
  return (
    <>
      {parseMarkdown(source).map((block, index) => {
        const key = `${block.kind}-${index}`;
        if (block.kind === "heading") {
          return (
            <Title key={key} order={block.level} size={block.level === 2 ? "h4" : "h5"} mt="md">
              {renderInline(block.text)}
            </Title>
          );
        }
        if (block.kind === "list") {
          return (
            <List key={key} type={block.ordered ? "ordered" : "unordered"} spacing={6} lh={1.6} withPadding>
              {block.items.map((item, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the article's items have no identity of their own
                <List.Item key={i}>{renderInline(item)}</List.Item>
              ))}
            </List>
          );
        }
        return (
          <Text key={key} lh={1.65}>
            {renderInline(block.text)}
          </Text>
        );
      })}
    </>
  );
}
