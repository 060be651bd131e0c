import { queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import { enrolmentKeys } from '../enrolments/queries.ts';

/** Under enrolments' keys: attendance marked or corrected (which changes enrolments.all) refreshes the record. */
export const learningRecordKeys = {
  mine: [...enrolmentKeys.all, 'learning-record'] as const,
  proof: (enrolmentId: string) => [...enrolmentKeys.all, 'learning-record', 'proof', enrolmentId] as const,
  verified: (code: string) => ['proofs', code] as const,
};

/** My completed courses and programmes with their hours and the totals. */
export const learningRecordQuery = queryOptions({
  queryKey: learningRecordKeys.mine,
  queryFn: () => ok(client.GET('/api/me/learning-record')),
});

/** The proof of participation of one of my attended enrolments, with its verification code. */
export const proofQuery = (enrolmentId: string) =>
  queryOptions({
    queryKey: learningRecordKeys.proof(enrolmentId),
    queryFn: () => ok(client.GET('/api/me/learning-record/{enrolmentId}/proof', { params: { path: { enrolmentId } } })),
    retry: false,
  });

/** Public: what a verification code confirms (404 for a wrong code). */
export const verifiedProofQuery = (code: string) =>
  queryOptions({
    queryKey: learningRecordKeys.verified(code),
    queryFn: () => ok(client.GET('/api/proofs/{code}', { params: { path: { code } } })),
    retry: false,
  });
