import { z } from '../zod-mini';
import { storedStudySchema } from '../research/study/stored-study';
import { collectiveSchema, invitationSchema, scanSchema, storedResponseSchema } from './schema';

/** Everything this device keeps, in one file the person saves themselves. */
export const backupFileSchema = z
  .strictObject({
    format: z.literal('ck-backup'),
    formatVersion: z.literal(1),
    createdAt: z.iso.datetime({ offset: true }),
    app: z.strictObject({ name: z.string(), version: z.string() }),
    collectives: z.array(collectiveSchema),
    scans: z.array(scanSchema),
    responses: z.array(storedResponseSchema),
    invitations: z.array(invitationSchema),
    /** the studies this device remembers; absent in backups made before studies, and when there are none */
    studies: z.optional(z.array(storedStudySchema)),
  })
  .check(
    z.superRefine((backup, ctx) => {
      const collectives = new Set(backup.collectives.map((c) => c.id));
      const scans = new Set(backup.scans.map((s) => s.id));
      const invited = new Set(backup.invitations.map((i) => i.scanId));
      backup.scans.forEach((scan, index) => {
        if (!collectives.has(scan.collectiveId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['scans', index, 'collectiveId'],
            params: { code: 'unknown-reference' },
          });
        }
      });
      backup.responses.forEach((response, index) => {
        if (!scans.has(response.scanId) && !invited.has(response.scanId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['responses', index, 'scanId'],
            params: { code: 'unknown-reference' },
          });
        }
      });
      for (const [table, rows] of [
        ['collectives', backup.collectives],
        ['scans', backup.scans],
        ['responses', backup.responses],
      ] as const) {
        const seen = new Set<string>();
        rows.forEach((row, index) => {
          if (seen.has(row.id))
            ctx.addIssue({
              code: 'custom',
              path: [table, index, 'id'],
              params: { code: 'duplicate-id' },
            });
          seen.add(row.id);
        });
      }
    }),
  );
export type BackupFile = z.infer<typeof backupFileSchema>;
