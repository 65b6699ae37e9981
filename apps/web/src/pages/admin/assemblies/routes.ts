import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { admin } from '../../../routes/console';

/** The console's assemblies pages, under `/o/$slug/admin`, each loaded when first opened. */
export const assembliesRoutes = [
  createRoute({
    getParentRoute: () => admin,
    path: '/assemblies',
    component: lazyRouteComponent(() => import('./AssembliesAdminPage'), 'AssembliesAdminPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/assemblies/$assemblyId',
    component: lazyRouteComponent(() => import('./AssemblyAdminPage'), 'AssemblyAdminPage'),
  }),
  createRoute({
    getParentRoute: () => admin,
    path: '/assemblies/$assemblyId/resolutions/$resolutionId',
    component: lazyRouteComponent(() => import('./ResolutionAdminPage'), 'ResolutionAdminPage'),
  }),
];
