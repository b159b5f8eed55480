import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { ArticleView } from '../content-api/published.ts';

// Tools a story offers that belong to features of their own (Listen): the app hands them in, and the story's page
// shows them among its own, so that one feature never imports another.

export type StoryTool = ComponentType<{ article: ArticleView }>;

const StoryToolsContext = createContext<readonly StoryTool[]>([]);

export function StoryToolsProvider({ tools, children }: { tools: readonly StoryTool[]; children: ReactNode }) {
  return <StoryToolsContext value={tools}>{children}</StoryToolsContext>;
}

/** Every tool the app handed in, for `article`. */
export function StoryTools({ article }: { article: ArticleView }) {
  const tools = useContext(StoryToolsContext);
  return tools.map((Tool, at) => <Tool key={at} article={article} />);
}
