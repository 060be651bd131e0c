import { queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';

export type KnowledgeCapital = components['schemas']['KnowledgeCapitalDto'];

/** The period and scope the dashboard is asked for; organisationId only for admins ('' = all). */
export interface KnowledgeCapitalParams {
  from: string;
  to: string;
  organisationId: string;
}

export const insightsKeys = {
  all: ['insights'] as const,
  knowledgeCapital: (p: KnowledgeCapitalParams) => ['insights', 'knowledge-capital', p] as const,
};

export const toQuery = (p: KnowledgeCapitalParams) => ({
  from: p.from,
  to: p.to,
  ...(p.organisationId ? { organisationId: p.organisationId } : {}),
});

/** The knowledge-capital dashboard of a period: L&D their own organisation, admins all or one. */
export const knowledgeCapitalQuery = (p: KnowledgeCapitalParams) =>
  queryOptions({
    queryKey: insightsKeys.knowledgeCapital(p),
    queryFn: () => ok(client.GET('/api/insights/knowledge-capital', { params: { query: toQuery(p) } })),
  });
