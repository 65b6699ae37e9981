import type { LinkProps } from '@tanstack/react-router';
import type { MessageId } from '../../locales/fr';

/** A link of a console's section list: a page under `/o/$slug/…`, its label, and whether only the exact path marks it current. */
export interface Section {
  to: NonNullable<LinkProps['to']>;
  label: MessageId;
  exact?: boolean;
}
