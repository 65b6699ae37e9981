import { createRootRoute, createRoute, createRouter, lazyRouteComponent, Outlet } from '@tanstack/react-router';
import { Layout } from './components/Layout';
import { useT } from './i18n';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { MemberHomePage } from './pages/org/MemberHomePage';
import { OrgLayout } from './pages/org/OrgLayout';
import { VotesPage } from './pages/org/VotesPage';
import { SignupPage } from './pages/SignupPage';
import { VerifyDocumentPage } from './pages/VerifyDocumentPage';
import { VerifyEmailPage } from './pages/VerifyEmailPage';
import { VotePage } from './pages/VotePage';

/*
 * The pages most people open first (sign-in, home, votes, the ballot of a code, a document check)
 * are in the first download; the others load when opened (lazyRouteComponent), which keeps the
 * initial JavaScript within its budget (scripts/bundle-budget.js).
 */

/** `?token=…` of the links sent by e-mail; `?next=…` after signing in. */
const text = (value: unknown) => (typeof value === 'string' && value.length <= 500 ? value : undefined);
const withToken = (search: Record<string, unknown>): { token?: string } => ({ token: text(search.token) });
const withNext = (search: Record<string, unknown>): { next?: string } => ({ next: text(search.next) });

function NotFound() {
  const t = useT();
  return <p>{t('app.notFound')}</p>;
}

const root = createRootRoute({
  component: () => (
    <Layout>
      <Outlet />
    </Layout>
  ),
  notFoundComponent: NotFound,
});

const routes = [
  createRoute({ getParentRoute: () => root, path: '/', component: HomePage }),
  createRoute({ getParentRoute: () => root, path: '/login', component: LoginPage, validateSearch: withNext }),
  createRoute({ getParentRoute: () => root, path: '/signup', component: SignupPage, validateSearch: withNext }),
  createRoute({
    getParentRoute: () => root,
    path: '/verify-email',
    component: VerifyEmailPage,
    validateSearch: withToken,
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/reset-password',
    component: lazyRouteComponent(() => import('./pages/ResetPasswordPage'), 'ResetPasswordPage'),
    validateSearch: withToken,
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/invitations/accept',
    component: lazyRouteComponent(() => import('./pages/AcceptInvitationPage'), 'AcceptInvitationPage'),
    validateSearch: withToken,
  }),
  createRoute({ getParentRoute: () => root, path: '/vote', component: VotePage }),
  createRoute({ getParentRoute: () => root, path: '/verify/$code', component: VerifyDocumentPage }),
  createRoute({
    getParentRoute: () => root,
    path: '/campaigns/$slug/$id',
    component: lazyRouteComponent(() => import('./pages/PublicCampaignPage'), 'PublicCampaignPage'),
  }),
  // loaded when opened: few visit it, and it carries the QR code drawing
  createRoute({
    getParentRoute: () => root,
    path: '/account',
    component: lazyRouteComponent(() => import('./pages/AccountPage'), 'AccountPage'),
  }),
  createRoute({
    getParentRoute: () => root,
    path: '/join/$slug',
    component: lazyRouteComponent(() => import('./pages/JoinPage'), 'JoinPage'),
  }),
];

/** A person's space in a co-op: `/o/{slug}` and its sections. */
const org = createRoute({ getParentRoute: () => root, path: '/o/$slug', component: OrgLayout });
const orgSections = [
  createRoute({ getParentRoute: () => org, path: '/', component: MemberHomePage }),
  createRoute({
    getParentRoute: () => org,
    path: '/shares',
    component: lazyRouteComponent(() => import('./pages/org/SharesPage'), 'SharesPage'),
  }),
  createRoute({ getParentRoute: () => org, path: '/votes', component: VotesPage }),
  createRoute({
    getParentRoute: () => org,
    path: '/resolutions/$id',
    component: lazyRouteComponent(() => import('./pages/org/ResolutionPage'), 'ResolutionPage'),
  }),
  createRoute({
    getParentRoute: () => org,
    path: '/documents',
    component: lazyRouteComponent(() => import('./pages/org/DocumentsPage'), 'DocumentsPage'),
  }),
  createRoute({
    getParentRoute: () => org,
    path: '/campaigns',
    component: lazyRouteComponent(() => import('./pages/org/CampaignsPage'), 'CampaignsPage'),
  }),
  createRoute({
    getParentRoute: () => org,
    path: '/me',
    component: lazyRouteComponent(() => import('./pages/org/MyDataPage'), 'MyDataPage'),
  }),
];

export const router = createRouter({ routeTree: root.addChildren([...routes, org.addChildren(orgSections)]) });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
