import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

// Where a JSON file that does not parse goes wrong, as an editor finds it in their editor: a line
// and a column, not the character offset JSON.parse names (and only sometimes).

/** Line and column (both from 1) of the character at `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * Why `text` is not valid JSON, with the line and column of the first mistake (strict JSON: no comments, no trailing
 * commas).
 */
export function jsonSyntaxError(text: string, fallback: string): string {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [first] = errors;
  if (!first) return fallback;
  const { line, column } = lineAndColumn(text, first.offset);
  return `line ${line}, column ${column}: ${describe(printParseErrorCode(first.error))}`;
}

/** jsonc-parser's codes (`CommaExpected`) as words ("a comma expected"). */
function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
