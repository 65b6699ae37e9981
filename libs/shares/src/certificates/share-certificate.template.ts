import type { DocumentTemplate } from '@socius/documents';
import * as path from 'node:path';
import { type CertificateContent, writeCertificate } from './certificate';

/** The share certificate, as the render pool's drawing threads draw it. */
export const draw: DocumentTemplate<CertificateContent>['draw'] = writeCertificate;

/** This module, as a RenderJob names it (`template`). */
export const SHARE_CERTIFICATE_TEMPLATE = path.join(__dirname, 'share-certificate.template');
