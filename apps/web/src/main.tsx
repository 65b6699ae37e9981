import '@mantine/core/styles.css';
import './app.css';
import { I18nProvider } from '@lingui/react';
import { createTheme, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fetchMe } from './api/client';
import { activate, i18n, initialLocale } from './i18n';
import { router } from './router';

activate(initialLocale());

// a dark-enough primary for WCAG AA contrast on white (4.5:1 and more)
const theme = createTheme({ primaryColor: 'teal', primaryShade: 9, fontFamily: 'system-ui, sans-serif' });
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } },
});
// who is signed in (and the session's CSRF token), asked once, beside the page's own queries
void queryClient.prefetchQuery({ queryKey: ['me'], queryFn: fetchMe });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nProvider>
  </StrictMode>,
);
