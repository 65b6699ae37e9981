import { Injectable } from '@nestjs/common';
import { rows } from '@socius/database';
import { EntityManager } from 'typeorm';

export interface AdminRow {
  email: string;
  name: string;
}

/** The SQL of membership applications. */
@Injectable()
export class ApplicationsRepository {
  /** The organization's admins, by e-mail (told of each application). */
  async admins(db: EntityManager, organizationId: string): Promise<AdminRow[]> {
    return rows<AdminRow>(
      db,
      `SELECT u.email, u.name FROM organization_users ou JOIN users u ON u.id = ou.user_id
        WHERE ou.organization_id = $1 AND ou.role = 'admin' ORDER BY u.email`,
      [organizationId],
    );
  }
}
