// Turns zod issues on YAML data into problems that point at the line of the offending field.
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './problems.js';

export interface ParsedYaml {
  data: unknown;
  doc: Document;
  lines: LineCounter;
}

/** Parses YAML 1.2 (dates stay strings), or returns the syntax errors as problems. */
export function parseYaml(text: string, file: string, firstLine = 1): { ok: true; yaml: ParsedYaml } | { ok: false; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        file,
        line: lines.linePos(error.pos[0]).line + firstLine - 1,
        message: `invalid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  return { ok: true, yaml: { data: doc.toJS(), doc, lines } };
}

/** One problem per zod issue, each on the line of its field (or of its parent when the field is missing). */
export function issuesToProblems(issues: readonly z.core.$ZodIssue[], yaml: ParsedYaml, file: string, firstLine = 1): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const field = path.join('.') || undefined;
    const problem: Problem = { file, message: issue.message };
    if (field) problem.field = field;
    if (issue.code === 'unrecognized_keys') problem.message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    const line = lineOf(yaml, issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]!] : path);
    if (line !== undefined) problem.line = line + firstLine - 1;
    return problem;
  });
}

function lineOf(yaml: ParsedYaml, path: (string | number)[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? yaml.doc.contents : yaml.doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return yaml.lines.linePos(node.range[0]).line;
    // A key present with no node (a missing field) falls back to its parent.
    if (depth > 0 && yaml.doc.hasIn(path.slice(0, depth))) {
      const pair = findKeyLine(yaml, path.slice(0, depth));
      if (pair !== undefined) return pair;
    }
  }
  return undefined;
}

function findKeyLine(yaml: ParsedYaml, path: (string | number)[]): number | undefined {
  const parent = path.length > 1 ? yaml.doc.getIn(path.slice(0, -1), true) : yaml.doc.contents;
  if (!parent || typeof parent !== 'object' || !('items' in parent) || !Array.isArray(parent.items)) return undefined;
  for (const item of parent.items as unknown[]) {
    if (item && typeof item === 'object' && 'key' in item && isNode(item.key) && (item.key as { value?: unknown }).value === path.at(-1)) {
      const range = item.key.range;
      if (range) return yaml.lines.linePos(range[0]).line;
    }
  }
  return undefined;
}
