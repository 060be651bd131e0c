import { queryOptions } from '@tanstack/react-query';
import { ApiError, client, ok } from '../../api/client.ts';

export const teacherKeys = {
  all: ['teacher'] as const,
  ownProfile: ['teacher', 'own-profile'] as const,
  ownCourses: ['teacher', 'own-courses'] as const,
  course: (id: string) => ['teacher', 'course', id] as const,
  participants: (sessionId: string) => ['teacher', 'participants', sessionId] as const,
};

/** The signed-in user's teacher profile, or null when they have none yet (read by teaching and in-company pages). */
export const ownProfileQuery = queryOptions({
  queryKey: teacherKeys.ownProfile,
  queryFn: async () => {
    try {
      return await ok(client.GET('/api/me/teacher-profile'));
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return null;
      throw e;
    }
  },
});

export const ownCoursesQuery = queryOptions({
  queryKey: teacherKeys.ownCourses,
  queryFn: () => ok(client.GET('/api/me/courses')),
});

/** A course as its editors see it (drafts included). */
export const editableCourseQuery = (id: string) =>
  queryOptions({
    queryKey: teacherKeys.course(id),
    queryFn: () => ok(client.GET('/api/courses/{id}', { params: { path: { id } } })),
  });

export const participantsQuery = (sessionId: string) =>
  queryOptions({
    queryKey: teacherKeys.participants(sessionId),
    queryFn: () => ok(client.GET('/api/sessions/{id}/participants', { params: { path: { id: sessionId } } })),
  });
