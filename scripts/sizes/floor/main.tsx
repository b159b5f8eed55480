import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';

// The stack's floor: the same libraries as Kiosque, each used once, rendering nothing of Kiosque's.

void i18next
  .use(initReactI18next)
  .init({ resources: { fr: { translation: { site: { name: 'Kiosque' } } } }, lng: 'fr', initAsync: false });
const queryClient = new QueryClient();

function Page() {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery({ queryKey: ['x'], queryFn: () => Promise.resolve(1) });
  return <p>{`${t('site.name')} ${data}`}</p>;
}

const router = createBrowserRouter([{ path: '*', element: <Page /> }]);
createRoot(document.getElementById('root') as HTMLElement).render(
  <QueryClientProvider client={queryClient}>
    <RouterProvider router={router} />
  </QueryClientProvider>,
);
