import type { QueryClient } from '@tanstack/react-query';
import { TopicPage } from './TopicPage.tsx';
import { topicLoader } from './topicLoader.ts';

/** The topic page's route, loaded only when a topic page is opened (see app/router.tsx). */
export function topicRoute(queryClient: QueryClient) {
  return { loader: topicLoader(queryClient), Component: TopicPage };
}
