import { ApiError, get } from '../../api.ts';
import type { TeacherProfile } from '../../types.ts';

/** The signed-in user's teacher profile, or null when they have none yet (used by teaching and in-company pages). */
export async function loadOwnProfile(): Promise<TeacherProfile | null> {
  try {
    return await get<TeacherProfile>('/me/teacher-profile');
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}
