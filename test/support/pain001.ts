import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/** The pain.001.001.03 subset Socius writes, as a schema (libs/shares/schemas/README.md says why not the official file). */
export const PAIN_001_001_03_XSD = path.resolve(__dirname, '../../libs/shares/schemas/pain.001.001.03-subset.xsd');

/**
 * Validates a document against the pain.001.001.03 XSD with xmllint (libxml2-utils, installed by
 * scripts/services.sh): answers xmllint's complaints, empty when the file is valid.
 */
export function schemaErrors(xml: string): string {
  const run = spawnSync('xmllint', ['--noout', '--schema', PAIN_001_001_03_XSD, '-'], { input: xml, encoding: 'utf8' });
  if (run.error) throw run.error;
  return run.status === 0 ? '' : run.stderr.trim() || `xmllint exited with ${run.status}`;
}
