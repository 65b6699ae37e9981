import { createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { HomePage } from './pages/HomePage';
import { accountingRoutes } from './pages/accounting/routes';
import { assembliesRoutes } from './pages/admin/assemblies/routes';
import { registryRoutes } from './pages/admin/registry/routes';
import { settingsRoutes } from './pages/admin/settings/routes';
import { sharesRoutes } from './pages/admin/shares/routes';
import { LoginPage } from './pages/LoginPage';
import { MemberHomePage } from './pages/org/MemberHomePage';
import { VotesPage } from './pages/org/VotesPage';
import { SignupPage } from './pages/SignupPage';
import { VerifyDocumentPage } from './pages/VerifyDocumentPage';
import { VerifyEmailPage } from './pages/VerifyEmailPage';
import { VotePage } from './pages/VotePage';
import { accounting, admin } from './routes/console';
import { org } from './routes/org';
import { root } from './routes/root';

/*
 * The pages most people open first (sign-in, home, votes, the ballot of a code, a document check)
 * are in the first download; the others load when opened (lazyRouteComponent), which keeps the
 * initial JavaScript within its budget (scripts/bundle-budget.js).
 */

/** `?token=…` of the links sent by e-mail; `?next=…` after signing in. */
const text = (value: unknown) => (typeof value === 'string' && value.length <= 500 ? value : undefined);
const withToken = (search: Record<string, unknown>): { token?: string } => ({ token: text(search.token) });
const withNext = (search: Record<string, unknown>): { next?: string } => ({ next: text(search.next) });

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

/** A member's sections of `/o/{slug}`. */
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

const consoles = [
  admin.addChildren([...registryRoutes, ...sharesRoutes, ...assembliesRoutes, ...settingsRoutes]),
  accounting.addChildren(accountingRoutes),
];

export const router = createRouter({
  routeTree: root.addChildren([...routes, org.addChildren([...orgSections, ...consoles])]),
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
