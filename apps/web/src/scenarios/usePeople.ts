import { useEffect, useState } from 'react';
import { useAuth } from '../auth/AuthContext';
import type { Me } from '../auth/types';
import { listPeople } from './api';

export interface People {
  me: Me | null;
  /** "you", a member's name, or "a teammate" while the names are loading or when the id is unknown. */
  nameOf: (userId: string | null) => string | null;
  isOwner: boolean;
  canWrite: boolean;
}

/** The names, once per signed-in user (another sign-in in the same tab asks again). */
let names: { userId: string; map: Promise<Map<string, string>> } | null = null;

function namesFor(userId: string): Promise<Map<string, string>> {
  if (names?.userId !== userId) {
    const map = listPeople().then(
      (people) => new Map(people.filter((p) => p.name !== '').map((p) => [p.id, p.name])),
      () => {
        if (names?.map === map) names = null; // asked again on the next mount
        return new Map<string, string>();
      },
    );
    names = { userId, map };
  }
  return names.map;
}

/**
 * Who is signed in, and names for "last edited by", history and actuals: every signed-in user reads
 * the members' names (GET /api/v1/people, names only: e-mails stay on the owner's member list).
 */
export function usePeople(): People {
  const { me } = useAuth();
  const userId = me?.user.id ?? null;
  const [known, setKnown] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    if (!userId) return;
    let alive = true;
    void namesFor(userId).then((map) => alive && setKnown(map));
    return () => {
      alive = false;
    };
  }, [userId]);
  return {
    me,
    isOwner: me?.user.role === 'OWNER',
    canWrite: me?.canWrite ?? false,
    nameOf: (id) => {
      if (!id) return null;
      if (me && id === me.user.id) return 'you';
      return known.get(id) ?? 'a teammate';
    },
  };
}
