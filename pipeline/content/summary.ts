/**
 * What stands for a story in a list, a feed or a link preview: its standfirst, else its opening paragraph, else its
 * headline.
 */
export function summaryOf(version: {
  headline: string;
  standfirst?: string;
  blocks: readonly { type: string; text: string }[];
}): string {
  return version.standfirst ?? version.blocks.find((block) => block.type === 'paragraph')?.text ?? version.headline;
}
