import { queryOptions } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';

export const trainerKeys = {
  all: ['trainers'] as const,
  page: (id: string) => ['trainers', 'page', id] as const,
  photo: (url: string) => ['trainers', 'photo', url] as const,
  inbox: ['trainers', 'questions', 'inbox'] as const,
  asked: ['trainers', 'questions', 'asked'] as const,
};

/** A colleague-trainer's page (signed-in users). */
export const trainerPageQuery = (id: string) =>
  queryOptions({
    queryKey: trainerKeys.page(id),
    queryFn: () => ok(client.GET('/api/trainers/{id}', { params: { path: { id } } })),
  });

/**
 * A trainer photo as a data: URL. An <img src> cannot send the access token, so the photo is
 * fetched with it; the CSP lets images come from data: (not blob:).
 */
export const trainerPhotoQuery = (url: string) =>
  queryOptions({
    queryKey: trainerKeys.photo(url),
    staleTime: Infinity,
    queryFn: async () => {
      const [path, version] = url.split('?v=');
      const id = path.split('/').at(-2) ?? '';
      const blob = await ok(
        client.GET('/api/trainers/{id}/photo', {
          params: { path: { id }, query: { v: version } },
          parseAs: 'blob',
        }),
      );
      return new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
        reader.onerror = () => reject(reader.error ?? new Error('photo not readable'));
        reader.readAsDataURL(blob);
      });
    },
  });

/** Questions colleagues sent me as a trainer, open ones first. */
export const trainerInboxQuery = queryOptions({
  queryKey: trainerKeys.inbox,
  queryFn: () => ok(client.GET('/api/me/trainer-questions')),
});

/** Questions I sent to trainers, newest first. */
export const askedQuestionsQuery = queryOptions({
  queryKey: trainerKeys.asked,
  queryFn: () => ok(client.GET('/api/me/asked-questions')),
});
