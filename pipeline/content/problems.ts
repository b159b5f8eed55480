export type Problem = { file: string; field: string; message: string };

export function formatProblem({ file, field, message }: Problem): string {
  return `${file}: ${field || '(file)'}: ${message}`;
}

/** Turns a zod issue path such as ['blocks', 2, 'text'] into `blocks[2].text`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Content has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}
