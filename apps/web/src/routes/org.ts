import { createRoute } from '@tanstack/react-router';
import { OrgLayout } from '../pages/org/OrgLayout';
import { root } from './root';

/** A person's space in a co-op: `/o/{slug}`; the member's sections, the admin console and the accountant workspace sit under it. */
export const org = createRoute({ getParentRoute: () => root, path: '/o/$slug', component: OrgLayout });
